local LoginView5 = class("LoginView5", cc.load("mvc").ViewBase)

LoginView5.RESOURCE_FILENAME = "res/ui/login/login_50.csb"

function LoginView5:onUpdate0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 17)
end

function LoginView5:onRefresh1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 48)
end

function LoginView5:onClose2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 3)
end

function LoginView5:onClick3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 38)
end

function LoginView5:onRefresh4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 53)
end

function LoginView5:onUpdate5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 50)
end

function LoginView5:onEnter6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 23)
end

function LoginView5:onClose7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 18)
end

function LoginView5:onUpdate8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 11)
end

return LoginView5
