local SettingView8 = class("SettingView8", cc.load("mvc").ViewBase)

SettingView8.RESOURCE_FILENAME = "res/ui/setting/setting_89.csb"

function SettingView8:onEnter0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 68)
end

function SettingView8:onEnter1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 38)
end

function SettingView8:onRefresh2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 94)
end

function SettingView8:onRefresh3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 77)
end

function SettingView8:onClose4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 80)
end

function SettingView8:onRefresh5(sender)
    local data = self.model_:get("setting_5")
    if not data then return end
    self:refreshItem(5, data.count or 84)
end

function SettingView8:onClose6(sender)
    local data = self.model_:get("setting_6")
    if not data then return end
    self:refreshItem(6, data.count or 74)
end

return SettingView8
