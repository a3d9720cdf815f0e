local LoginView4 = class("LoginView4", cc.load("mvc").ViewBase)

LoginView4.RESOURCE_FILENAME = "res/ui/login/login_40.csb"

function LoginView4:onClick0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 79)
end

function LoginView4:onUpdate1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 95)
end

function LoginView4:onEnter2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 29)
end

function LoginView4:onClose3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 68)
end

function LoginView4:onClick4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 11)
end

function LoginView4:onClose5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 34)
end

return LoginView4
