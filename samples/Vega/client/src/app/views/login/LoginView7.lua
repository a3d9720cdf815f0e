local LoginView7 = class("LoginView7", cc.load("mvc").ViewBase)

LoginView7.RESOURCE_FILENAME = "res/ui/login/login_70.csb"

function LoginView7:onRefresh0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 35)
end

function LoginView7:onClick1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 13)
end

function LoginView7:onClick2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 62)
end

function LoginView7:onClick3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 2)
end

function LoginView7:onEnter4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 63)
end

function LoginView7:onUpdate5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 51)
end

function LoginView7:onUpdate6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 63)
end

function LoginView7:onRefresh7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 23)
end

function LoginView7:onClose8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 9)
end

function LoginView7:onEnter9(sender)
    local data = self.model_:get("login_9")
    if not data then return end
    self:refreshItem(9, data.count or 55)
end

function LoginView7:onRefresh10(sender)
    local data = self.model_:get("login_10")
    if not data then return end
    self:refreshItem(10, data.count or 41)
end

return LoginView7
