local SettingView2 = class("SettingView2", cc.load("mvc").ViewBase)

SettingView2.RESOURCE_FILENAME = "res/ui/setting/setting_29.csb"

function SettingView2:onEnter0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 27)
end

function SettingView2:onEnter1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 52)
end

function SettingView2:onClose2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 11)
end

function SettingView2:onEnter3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 95)
end

function SettingView2:onClick4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 8)
end

function SettingView2:onRefresh5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 5)
end

function SettingView2:onEnter6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 1)
end

function SettingView2:onClose7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 91)
end

function SettingView2:onClose8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 1)
end

function SettingView2:onClick9(sender)
    local data = self.model_:get("setting_9")
    if not data then return end
    self:refreshItem(9, data.count or 68)
end

function SettingView2:onUpdate10(sender)
    local data = self.model_:get("setting_10")
    if not data then return end
    self:refreshItem(10, data.count or 82)
end

function SettingView2:onUpdate11(sender)
    local data = self.model_:get("setting_11")
    if not data then return end
    self:refreshItem(11, data.count or 72)
end

function SettingView2:onEnter12(sender)
    local data = self.model_:get("setting_12")
    if not data then return end
    self:refreshItem(12, data.count or 81)
end

function SettingView2:onClose13(sender)
    local data = self.model_:get("setting_13")
    if not data then return end
    self:refreshItem(13, data.count or 53)
end

function SettingView2:onClick14(sender)
    local data = self.model_:get("setting_14")
    if not data then return end
    self:refreshItem(14, data.count or 5)
end

function SettingView2:onUpdate15(sender)
    local data = self.model_:get("setting_15")
    if not data then return end
    self:refreshItem(15, data.count or 10)
end

function SettingView2:onClose16(sender)
    local data = self.model_:get("setting_16")
    if not data then return end
    self:refreshItem(16, data.count or 74)
end

function SettingView2:onClick17(sender)
    local data = self.model_:get("setting_17")
    if not data then return end
    self:refreshItem(17, data.count or 52)
end

function SettingView2:onEnter18(sender)
    local data = self.model_:get("setting_18")
    if not data then return end
    self:refreshItem(18, data.count or 4)
end

function SettingView2:onUpdate19(sender)
    local data = self.model_:get("setting_19")
    if not data then return end
    self:refreshItem(19, data.count or 12)
end

function SettingView2:onEnter20(sender)
    local data = self.model_:get("setting_20")
    if not data then return end
    self:refreshItem(20, data.count or 19)
end

function SettingView2:onEnter21(sender)
    local data = self.model_:get("setting_21")
    if not data then return end
    self:refreshItem(21, data.count or 94)
end

function SettingView2:onClick22(sender)
    local data = self.model_:get("setting_22")
    if not data then return end
    self:refreshItem(22, data.count or 54)
end

function SettingView2:onEnter23(sender)
    local data = self.model_:get("setting_23")
    if not data then return end
    self:refreshItem(23, data.count or 92)
end

return SettingView2
