local SettingView6 = class("SettingView6", cc.load("mvc").ViewBase)

SettingView6.RESOURCE_FILENAME = "res/ui/setting/setting_69.csb"

function SettingView6:onClose0(sender)
    local data = self.model_:get("setting_0")
    if not data then return end
    self:refreshItem(0, data.count or 20)
end

function SettingView6:onUpdate1(sender)
    local data = self.model_:get("setting_1")
    if not data then return end
    self:refreshItem(1, data.count or 84)
end

function SettingView6:onClose2(sender)
    local data = self.model_:get("setting_2")
    if not data then return end
    self:refreshItem(2, data.count or 30)
end

function SettingView6:onClick3(sender)
    local data = self.model_:get("setting_3")
    if not data then return end
    self:refreshItem(3, data.count or 62)
end

function SettingView6:onUpdate4(sender)
    local data = self.model_:get("setting_4")
    if not data then return end
    self:refreshItem(4, data.count or 69)
end

return SettingView6
