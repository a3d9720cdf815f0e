local LoginView0 = class("LoginView0", cc.load("mvc").ViewBase)

LoginView0.RESOURCE_FILENAME = "res/ui/login/login_0.csb"

function LoginView0:onRefresh0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 57)
end

function LoginView0:onClose1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 31)
end

function LoginView0:onClick2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 66)
end

return LoginView0
