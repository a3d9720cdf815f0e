local LoginView2 = class("LoginView2", cc.load("mvc").ViewBase)

LoginView2.RESOURCE_FILENAME = "res/ui/login/login_20.csb"

function LoginView2:onUpdate0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 40)
end

function LoginView2:onClose1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 94)
end

function LoginView2:onRefresh2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 37)
end

function LoginView2:onClick3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 87)
end

function LoginView2:onEnter4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 75)
end

function LoginView2:onEnter5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 52)
end

function LoginView2:onRefresh6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 10)
end

function LoginView2:onEnter7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 98)
end

function LoginView2:onUpdate8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 48)
end

return LoginView2
