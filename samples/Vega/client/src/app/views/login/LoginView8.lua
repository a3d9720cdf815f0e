local LoginView8 = class("LoginView8", cc.load("mvc").ViewBase)

LoginView8.RESOURCE_FILENAME = "res/ui/login/login_80.csb"

function LoginView8:onClose0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 66)
end

function LoginView8:onClose1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 45)
end

function LoginView8:onClose2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 30)
end

function LoginView8:onRefresh3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 58)
end

function LoginView8:onClick4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 14)
end

function LoginView8:onClose5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 36)
end

function LoginView8:onClick6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 32)
end

function LoginView8:onEnter7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 16)
end

return LoginView8
