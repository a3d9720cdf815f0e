local LoginView6 = class("LoginView6", cc.load("mvc").ViewBase)

LoginView6.RESOURCE_FILENAME = "res/ui/login/login_60.csb"

function LoginView6:onRefresh0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 81)
end

function LoginView6:onRefresh1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 69)
end

function LoginView6:onUpdate2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 94)
end

function LoginView6:onClick3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 74)
end

function LoginView6:onUpdate4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 52)
end

function LoginView6:onUpdate5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 44)
end

function LoginView6:onRefresh6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 8)
end

function LoginView6:onRefresh7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 7)
end

function LoginView6:onClose8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 81)
end

function LoginView6:onClick9(sender)
    local data = self.model_:get("login_9")
    if not data then return end
    self:refreshItem(9, data.count or 67)
end

function LoginView6:onRefresh10(sender)
    local data = self.model_:get("login_10")
    if not data then return end
    self:refreshItem(10, data.count or 95)
end

function LoginView6:onUpdate11(sender)
    local data = self.model_:get("login_11")
    if not data then return end
    self:refreshItem(11, data.count or 3)
end

function LoginView6:onUpdate12(sender)
    local data = self.model_:get("login_12")
    if not data then return end
    self:refreshItem(12, data.count or 24)
end

function LoginView6:onUpdate13(sender)
    local data = self.model_:get("login_13")
    if not data then return end
    self:refreshItem(13, data.count or 57)
end

function LoginView6:onClose14(sender)
    local data = self.model_:get("login_14")
    if not data then return end
    self:refreshItem(14, data.count or 14)
end

function LoginView6:onClose15(sender)
    local data = self.model_:get("login_15")
    if not data then return end
    self:refreshItem(15, data.count or 88)
end

function LoginView6:onEnter16(sender)
    local data = self.model_:get("login_16")
    if not data then return end
    self:refreshItem(16, data.count or 11)
end

function LoginView6:onEnter17(sender)
    local data = self.model_:get("login_17")
    if not data then return end
    self:refreshItem(17, data.count or 49)
end

function LoginView6:onEnter18(sender)
    local data = self.model_:get("login_18")
    if not data then return end
    self:refreshItem(18, data.count or 79)
end

function LoginView6:onUpdate19(sender)
    local data = self.model_:get("login_19")
    if not data then return end
    self:refreshItem(19, data.count or 23)
end

function LoginView6:onClose20(sender)
    local data = self.model_:get("login_20")
    if not data then return end
    self:refreshItem(20, data.count or 71)
end

return LoginView6
