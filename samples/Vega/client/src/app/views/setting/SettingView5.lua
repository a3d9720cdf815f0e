local SettingView5 = class("SettingView5", cc.load("mvc").ViewBase)

SettingView5.RESOURCE_FILENAME = "res/ui/setting/setting_59.csb"

function SettingView5:onEnter0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 36)
end

function SettingView5:onEnter1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 11)
end

function SettingView5:onEnter2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 97)
end

function SettingView5:onClick3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 47)
end

function SettingView5:onRefresh4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 41)
end

function SettingView5:onRefresh5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 36)
end

function SettingView5:onRefresh6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 59)
end

function SettingView5:onEnter7(sender)
    local data = self.model_:get("setting_7")
    if not data then return end
    self:refreshItem(7, data.count or 95)
end

function SettingView5:onClose8(sender)
    local data = self.model_:get("setting_8")
    if not data then return end
    self:refreshItem(8, data.count or 58)
end

return SettingView5
