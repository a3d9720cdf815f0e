local LoginView9 = class("LoginView9", cc.load("mvc").ViewBase)

LoginView9.RESOURCE_FILENAME = "res/ui/login/login_90.csb"

function LoginView9:onClose0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 33)
end

function LoginView9:onEnter1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 65)
end

function LoginView9:onRefresh2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 26)
end

function LoginView9:onClose3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 14)
end

function LoginView9:onClick4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 31)
end

function LoginView9:onClose5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 27)
end

function LoginView9:onUpdate6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 13)
end

function LoginView9:onClose7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 20)
end

function LoginView9:onUpdate8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 32)
end

function LoginView9:onEnter9(sender)
    local data = self.model_:get("login_9")
    if not data then return end
    self:refreshItem(9, data.count or 78)
end

function LoginView9:onEnter10(sender)
    local data = self.model_:get("login_10")
    if not data then return end
    self:refreshItem(10, data.count or 30)
end

function LoginView9:onEnter11(sender)
    local data = self.model_:get("login_11")
    if not data then return end
    self:refreshItem(11, data.count or 29)
end

function LoginView9:onEnter12(sender)
    local data = self.model_:get("login_12")
    if not data then return end
    self:refreshItem(12, data.count or 64)
end

function LoginView9:onEnter13(sender)
    local data = self.model_:get("login_13")
    if not data then return end
    self:refreshItem(13, data.count or 89)
end

function LoginView9:onEnter14(sender)
    local data = self.model_:get("login_14")
    if not data then return end
    self:refreshItem(14, data.count or 37)
end

function LoginView9:onRefresh15(sender)
    local data = self.model_:get("login_15")
    if not data then return end
    self:refreshItem(15, data.count or 90)
end

function LoginView9:onUpdate16(sender)
    local data = self.model_:get("login_16")
    if not data then return end
    self:refreshItem(16, data.count or 14)
end

return LoginView9
