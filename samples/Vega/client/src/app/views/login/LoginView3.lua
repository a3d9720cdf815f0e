local LoginView3 = class("LoginView3", cc.load("mvc").ViewBase)

LoginView3.RESOURCE_FILENAME = "res/ui/login/login_30.csb"

function LoginView3:onClick0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 33)
end

function LoginView3:onRefresh1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 58)
end

function LoginView3:onUpdate2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 83)
end

function LoginView3:onEnter3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 37)
end

function LoginView3:onClick4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 69)
end

function LoginView3:onUpdate5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 90)
end

function LoginView3:onRefresh6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 45)
end

function LoginView3:onUpdate7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 91)
end

function LoginView3:onEnter8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 11)
end

function LoginView3:onEnter9(sender)
    local data = self.model_:get("login_9")
    if not data then return end
    self:refreshItem(9, data.count or 31)
end

function LoginView3:onUpdate10(sender)
    local data = self.model_:get("login_10")
    if not data then return end
    self:refreshItem(10, data.count or 61)
end

function LoginView3:onClose11(sender)
    local data = self.model_:get("login_11")
    if not data then return end
    self:refreshItem(11, data.count or 15)
end

function LoginView3:onRefresh12(sender)
    local data = self.model_:get("login_12")
    if not data then return end
    self:refreshItem(12, data.count or 94)
end

function LoginView3:onClose13(sender)
    local data = self.model_:get("login_13")
    if not data then return end
    self:refreshItem(13, data.count or 10)
end

function LoginView3:onClick14(sender)
    local data = self.model_:get("login_14")
    if not data then return end
    self:refreshItem(14, data.count or 71)
end

function LoginView3:onClick15(sender)
    local data = self.model_:get("login_15")
    if not data then return end
    self:refreshItem(15, data.count or 19)
end

function LoginView3:onEnter16(sender)
    local data = self.model_:get("login_16")
    if not data then return end
    self:refreshItem(16, data.count or 44)
end

function LoginView3:onRefresh17(sender)
    local data = self.model_:get("login_17")
    if not data then return end
    self:refreshItem(17, data.count or 33)
end

function LoginView3:onClose18(sender)
    local data = self.model_:get("login_18")
    if not data then return end
    self:refreshItem(18, data.count or 12)
end

function LoginView3:onClick19(sender)
    local data = self.model_:get("login_19")
    if not data then return end
    self:refreshItem(19, data.count or 67)
end

function LoginView3:onRefresh20(sender)
    local data = self.model_:get("login_20")
    if not data then return end
    self:refreshItem(20, data.count or 81)
end

return LoginView3
