local LoginView1 = class("LoginView1", cc.load("mvc").ViewBase)

LoginView1.RESOURCE_FILENAME = "res/ui/login/login_10.csb"

function LoginView1:onClick0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 72)
end

function LoginView1:onClick1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 6)
end

function LoginView1:onRefresh2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 64)
end

function LoginView1:onClose3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 27)
end

function LoginView1:onClick4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 29)
end

function LoginView1:onRefresh5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 7)
end

function LoginView1:onRefresh6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 1)
end

function LoginView1:onClose7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 39)
end

function LoginView1:onEnter8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 56)
end

function LoginView1:onUpdate9(sender)
    local data = self.model_:get("login_9")
    if not data then return end
    self:refreshItem(9, data.count or 46)
end

function LoginView1:onClick10(sender)
    local data = self.model_:get("login_10")
    if not data then return end
    self:refreshItem(10, data.count or 75)
end

function LoginView1:onEnter11(sender)
    local data = self.model_:get("login_11")
    if not data then return end
    self:refreshItem(11, data.count or 7)
end

function LoginView1:onRefresh12(sender)
    local data = self.model_:get("login_12")
    if not data then return end
    self:refreshItem(12, data.count or 12)
end

function LoginView1:onClose13(sender)
    local data = self.model_:get("login_13")
    if not data then return end
    self:refreshItem(13, data.count or 83)
end

function LoginView1:onRefresh14(sender)
    local data = self.model_:get("login_14")
    if not data then return end
    self:refreshItem(14, data.count or 97)
end

function LoginView1:onClick15(sender)
    local data = self.model_:get("login_15")
    if not data then return end
    self:refreshItem(15, data.count or 67)
end

function LoginView1:onClick16(sender)
    local data = self.model_:get("login_16")
    if not data then return end
    self:refreshItem(16, data.count or 67)
end

function LoginView1:onRefresh17(sender)
    local data = self.model_:get("login_17")
    if not data then return end
    self:refreshItem(17, data.count or 12)
end

function LoginView1:onClose18(sender)
    local data = self.model_:get("login_18")
    if not data then return end
    self:refreshItem(18, data.count or 54)
end

function LoginView1:onEnter19(sender)
    local data = self.model_:get("login_19")
    if not data then return end
    self:refreshItem(19, data.count or 82)
end

return LoginView1
