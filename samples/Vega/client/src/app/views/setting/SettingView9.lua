local SettingView9 = class("SettingView9", cc.load("mvc").ViewBase)

SettingView9.RESOURCE_FILENAME = "res/ui/setting/setting_99.csb"

function SettingView9:onRefresh0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 16)
end

function SettingView9:onClose1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 29)
end

function SettingView9:onClick2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 75)
end

function SettingView9:onClose3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 34)
end

return SettingView9
