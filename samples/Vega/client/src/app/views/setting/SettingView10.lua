local SettingView10 = class("SettingView10", cc.load("mvc").ViewBase)

SettingView10.RESOURCE_FILENAME = "res/ui/setting/setting_109.csb"

function SettingView10:onRefresh0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 24)
end

function SettingView10:onClick1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 52)
end

function SettingView10:onEnter2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 15)
end

function SettingView10:onEnter3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 77)
end

function SettingView10:onRefresh4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 86)
end

function SettingView10:onClick5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 29)
end

function SettingView10:onEnter6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 25)
end

function SettingView10:onUpdate7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 95)
end

function SettingView10:onClick8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 75)
end

function SettingView10:onClick9(sender)
    local data = self.model_:get("setting_9")
    if not data then return end
    self:refreshItem(9, data.count or 20)
end

function SettingView10:onUpdate10(sender)
    local data = self.model_:get("setting_10")
    if not data then return end
    self:refreshItem(10, data.count or 11)
end

function SettingView10:onClose11(sender)
    local data = self.model_:get("setting_11")
    if not data then return end
    self:refreshItem(11, data.count or 78)
end

function SettingView10:onEnter12(sender)
    local data = self.model_:get("setting_12")
    if not data then return end
    self:refreshItem(12, data.count or 7)
end

function SettingView10:onUpdate13(sender)
    local data = self.model_:get("setting_13")
    if not data then return end
    self:refreshItem(13, data.count or 14)
end

function SettingView10:onClick14(sender)
    local data = self.model_:get("setting_14")
    if not data then return end
    self:refreshItem(14, data.count or 38)
end

function SettingView10:onUpdate15(sender)
    local data = self.model_:get("setting_15")
    if not data then return end
    self:refreshItem(15, data.count or 61)
end

function SettingView10:onRefresh16(sender)
    local data = self.model_:get("setting_16")
    if not data then return end
    self:refreshItem(16, data.count or 67)
end

function SettingView10:onRefresh17(sender)
    local data = self.model_:get("setting_17")
    if not data then return end
    self:refreshItem(17, data.count or 71)
end

function SettingView10:onUpdate18(sender)
    local data = self.model_:get("setting_18")
    if not data then return end
    self:refreshItem(18, data.count or 54)
end

function SettingView10:onClose19(sender)
    local data = self.model_:get("setting_19")
    if not data then return end
    self:refreshItem(19, data.count or 14)
end

function SettingView10:onClick20(sender)
    local data = self.model_:get("setting_20")
    if not data then return end
    self:refreshItem(20, data.count or 51)
end

function SettingView10:onClick21(sender)
    local data = self.model_:get("setting_21")
    if not data then return end
    self:refreshItem(21, data.count or 99)
end

return SettingView10
