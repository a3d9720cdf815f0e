local LoginView10 = class("LoginView10", cc.load("mvc").ViewBase)

LoginView10.RESOURCE_FILENAME = "res/ui/login/login_100.csb"

function LoginView10:onClose0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 54)
end

function LoginView10:onRefresh1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 28)
end

function LoginView10:onUpdate2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 28)
end

function LoginView10:onClose3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 80)
end

function LoginView10:onUpdate4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 72)
end

function LoginView10:onEnter5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 90)
end

function LoginView10:onClick6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 45)
end

function LoginView10:onClick7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 93)
end

function LoginView10:onClose8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 72)
end

function LoginView10:onUpdate9(sender)
    local data = self.model_:get("login_9")
    if not data then return end
    self:refreshItem(9, data.count or 32)
end

function LoginView10:onEnter10(sender)
    local data = self.model_:get("login_10")
    if not data then return end
    self:refreshItem(10, data.count or 34)
end

return LoginView10
