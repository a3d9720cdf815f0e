local SettingView7 = class("SettingView7", cc.load("mvc").ViewBase)

SettingView7.RESOURCE_FILENAME = "res/ui/setting/setting_79.csb"

function SettingView7:onUpdate0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 88)
end

function SettingView7:onEnter1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 75)
end

function SettingView7:onRefresh2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 60)
end

function SettingView7:onUpdate3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 53)
end

function SettingView7:onClick4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 72)
end

function SettingView7:onClick5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 76)
end

function SettingView7:onClick6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 14)
end

function SettingView7:onEnter7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 18)
end

function SettingView7:onUpdate8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 95)
end

function SettingView7:onUpdate9(sender)
    local data = self.model_:get("setting_9")
    if not data then return end
    self:refreshItem(9, data.count or 53)
end

function SettingView7:onClick10(sender)
    local data = self.model_:get("setting_10")
    if not data then return end
    self:refreshItem(10, data.count or 46)
end

function SettingView7:onClose11(sender)
    local data = self.model_:get("setting_11")
    if not data then return end
    self:refreshItem(11, data.count or 52)
end

function SettingView7:onEnter12(sender)
    local data = self.model_:get("setting_12")
    if not data then return end
    self:refreshItem(12, data.count or 22)
end

function SettingView7:onEnter13(sender)
    local data = self.model_:get("setting_13")
    if not data then return end
    self:refreshItem(13, data.count or 75)
end

return SettingView7
