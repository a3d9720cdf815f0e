local SettingView1 = class("SettingView1", cc.load("mvc").ViewBase)

SettingView1.RESOURCE_FILENAME = "res/ui/setting/setting_19.csb"

function SettingView1:onUpdate0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 15)
end

function SettingView1:onClick1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 43)
end

function SettingView1:onUpdate2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 41)
end

function SettingView1:onClose3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 78)
end

function SettingView1:onEnter4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 83)
end

function SettingView1:onClick5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 4)
end

function SettingView1:onClick6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 51)
end

function SettingView1:onClose7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 33)
end

function SettingView1:onClick8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 82)
end

function SettingView1:onClose9(sender)
    local data = self.model_:get("setting_9")
    if not data then return end
    self:refreshItem(9, data.count or 95)
end

function SettingView1:onClick10(sender)
    local data = self.model_:get("setting_10")
    if not data then return end
    self:refreshItem(10, data.count or 0)
end

function SettingView1:onClose11(sender)
    local data = self.model_:get("setting_11")
    if not data then return end
    self:refreshItem(11, data.count or 51)
end

function SettingView1:onUpdate12(sender)
    local data = self.model_:get("setting_12")
    if not data then return end
    self:refreshItem(12, data.count or 90)
end

function SettingView1:onRefresh13(sender)
    local data = self.model_:get("setting_13")
    if not data then return end
    self:refreshItem(13, data.count or 17)
end

function SettingView1:onRefresh14(sender)
    local data = self.model_:get("setting_14")
    if not data then return end
    self:refreshItem(14, data.count or 20)
end

function SettingView1:onRefresh15(sender)
    local data = self.model_:get("setting_15")
    if not data then return end
    self:refreshItem(15, data.count or 86)
end

function SettingView1:onEnter16(sender)
    local data = self.model_:get("setting_16")
    if not data then return end
    self:refreshItem(16, data.count or 52)
end

function SettingView1:onClick17(sender)
    local data = self.model_:get("setting_17")
    if not data then return end
    self:refreshItem(17, data.count or 69)
end

function SettingView1:onClose18(sender)
    local data = self.model_:get("setting_18")
    if not data then return end
    self:refreshItem(18, data.count or 3)
end

function SettingView1:onUpdate19(sender)
    local data = self.model_:get("setting_19")
    if not data then return end
    self:refreshItem(19, data.count or 88)
end

function SettingView1:onClick20(sender)
    local data = self.model_:get("setting_20")
    if not data then return end
    self:refreshItem(20, data.count or 60)
end

function SettingView1:onRefresh21(sender)
    local data = self.model_:get("setting_21")
    if not data then return end
    self:refreshItem(21, data.count or 24)
end

function SettingView1:onUpdate22(sender)
    local data = self.model_:get("setting_22")
    if not data then return end
    self:refreshItem(22, data.count or 14)
end

return SettingView1
