local SettingView3 = class("SettingView3", cc.load("mvc").ViewBase)

SettingView3.RESOURCE_FILENAME = "res/ui/setting/setting_39.csb"

function SettingView3:onEnter0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 42)
end

function SettingView3:onRefresh1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 35)
end

function SettingView3:onEnter2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 22)
end

function SettingView3:onUpdate3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 91)
end

function SettingView3:onClose4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 1)
end

function SettingView3:onUpdate5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 73)
end

function SettingView3:onUpdate6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 53)
end

function SettingView3:onEnter7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 70)
end

function SettingView3:onEnter8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 8)
end

function SettingView3:onRefresh9(sender)
    local data = self.model_:get("setting_9")
    if not data then return end
    self:refreshItem(9, data.count or 89)
end

function SettingView3:onClose10(sender)
    local data = self.model_:get("setting_10")
    if not data then return end
    self:refreshItem(10, data.count or 94)
end

function SettingView3:onClose11(sender)
    local data = self.model_:get("setting_11")
    if not data then return end
    self:refreshItem(11, data.count or 28)
end

function SettingView3:onUpdate12(sender)
    local data = self.model_:get("setting_12")
    if not data then return end
    self:refreshItem(12, data.count or 97)
end

function SettingView3:onClose13(sender)
    local data = self.model_:get("setting_13")
    if not data then return end
    self:refreshItem(13, data.count or 94)
end

function SettingView3:onRefresh14(sender)
    local data = self.model_:get("setting_14")
    if not data then return end
    self:refreshItem(14, data.count or 82)
end

function SettingView3:onEnter15(sender)
    local data = self.model_:get("setting_15")
    if not data then return end
    self:refreshItem(15, data.count or 5)
end

function SettingView3:onClick16(sender)
    local data = self.model_:get("setting_16")
    if not data then return end
    self:refreshItem(16, data.count or 35)
end

function SettingView3:onClick17(sender)
    local data = self.model_:get("setting_17")
    if not data then return end
    self:refreshItem(17, data.count or 96)
end

function SettingView3:onRefresh18(sender)
    local data = self.model_:get("setting_18")
    if not data then return end
    self:refreshItem(18, data.count or 51)
end

return SettingView3
