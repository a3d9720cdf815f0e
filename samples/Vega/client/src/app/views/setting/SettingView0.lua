local SettingView0 = class("SettingView0", cc.load("mvc").ViewBase)

SettingView0.RESOURCE_FILENAME = "res/ui/setting/setting_9.csb"

function SettingView0:onClose0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 96)
end

function SettingView0:onUpdate1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 26)
end

function SettingView0:onUpdate2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 9)
end

function SettingView0:onEnter3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 28)
end

function SettingView0:onEnter4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 42)
end

function SettingView0:onEnter5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 12)
end

function SettingView0:onClick6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 26)
end

function SettingView0:onRefresh7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 61)
end

function SettingView0:onRefresh8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 64)
end

function SettingView0:onClose9(sender)
    local data = self.model_:get("setting_9")
    if not data then return end
    self:refreshItem(9, data.count or 93)
end

function SettingView0:onClick10(sender)
    local data = self.model_:get("setting_10")
    if not data then return end
    self:refreshItem(10, data.count or 38)
end

function SettingView0:onUpdate11(sender)
    local data = self.model_:get("setting_11")
    if not data then return end
    self:refreshItem(11, data.count or 59)
end

function SettingView0:onRefresh12(sender)
    local data = self.model_:get("setting_12")
    if not data then return end
    self:refreshItem(12, data.count or 64)
end

function SettingView0:onEnter13(sender)
    local data = self.model_:get("setting_13")
    if not data then return end
    self:refreshItem(13, data.count or 11)
end

function SettingView0:onRefresh14(sender)
    local data = self.model_:get("setting_14")
    if not data then return end
    self:refreshItem(14, data.count or 73)
end

function SettingView0:onRefresh15(sender)
    local data = self.model_:get("setting_15")
    if not data then return end
    self:refreshItem(15, data.count or 66)
end

function SettingView0:onRefresh16(sender)
    local data = self.model_:get("setting_16")
    if not data then return end
    self:refreshItem(16, data.count or 55)
end

function SettingView0:onEnter17(sender)
    local data = self.model_:get("setting_17")
    if not data then return end
    self:refreshItem(17, data.count or 81)
end

return SettingView0
