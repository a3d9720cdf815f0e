local SettingView4 = class("SettingView4", cc.load("mvc").ViewBase)

SettingView4.RESOURCE_FILENAME = "res/ui/setting/setting_49.csb"

function SettingView4:onUpdate0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 98)
end

function SettingView4:onClick1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 35)
end

function SettingView4:onUpdate2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 59)
end

function SettingView4:onEnter3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 64)
end

function SettingView4:onClick4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 57)
end

function SettingView4:onClose5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 50)
end

function SettingView4:onUpdate6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 8)
end

function SettingView4:onClose7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 91)
end

function SettingView4:onUpdate8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 35)
end

function SettingView4:onClose9(sender)
    local data = self.model_:get("setting_9")
    if not data then return end
    self:refreshItem(9, data.count or 96)
end

function SettingView4:onClose10(sender)
    local data = self.model_:get("setting_10")
    if not data then return end
    self:refreshItem(10, data.count or 40)
end

function SettingView4:onClick11(sender)
    local data = self.model_:get("setting_11")
    if not data then return end
    self:refreshItem(11, data.count or 44)
end

function SettingView4:onRefresh12(sender)
    local data = self.model_:get("setting_12")
    if not data then return end
    self:refreshItem(12, data.count or 39)
end

function SettingView4:onClose13(sender)
    local data = self.model_:get("setting_13")
    if not data then return end
    self:refreshItem(13, data.count or 67)
end

function SettingView4:onRefresh14(sender)
    local data = self.model_:get("setting_14")
    if not data then return end
    self:refreshItem(14, data.count or 71)
end

function SettingView4:onEnter15(sender)
    local data = self.model_:get("setting_15")
    if not data then return end
    self:refreshItem(15, data.count or 25)
end

function SettingView4:onClick16(sender)
    local data = self.model_:get("setting_16")
    if not data then return end
    self:refreshItem(16, data.count or 44)
end

function SettingView4:onUpdate17(sender)
    local data = self.model_:get("setting_17")
    if not data then return end
    self:refreshItem(17, data.count or 80)
end

function SettingView4:onClick18(sender)
    local data = self.model_:get("setting_18")
    if not data then return end
    self:refreshItem(18, data.count or 57)
end

function SettingView4:onUpdate19(sender)
    local data = self.model_:get("setting_19")
    if not data then return end
    self:refreshItem(19, data.count or 1)
end

function SettingView4:onUpdate20(sender)
    local data = self.model_:get("setting_20")
    if not data then return end
    self:refreshItem(20, data.count or 52)
end

function SettingView4:onRefresh21(sender)
    local data = self.model_:get("setting_21")
    if not data then return end
    self:refreshItem(21, data.count or 46)
end

function SettingView4:onClick22(sender)
    local data = self.model_:get("setting_22")
    if not data then return end
    self:refreshItem(22, data.count or 17)
end

return SettingView4
