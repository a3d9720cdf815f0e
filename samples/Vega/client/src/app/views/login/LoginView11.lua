local LoginView11 = class("LoginView11", cc.load("mvc").ViewBase)

LoginView11.RESOURCE_FILENAME = "res/ui/login/login_110.csb"

function LoginView11:onUpdate0(sender)
    local data = self.model_:get("login_0")
    if not data then return end
    self:refreshItem(0, data.count or 66)
end

function LoginView11:onUpdate1(sender)
    local data = self.model_:get("login_1")
    if not data then return end
    self:refreshItem(1, data.count or 34)
end

function LoginView11:onClose2(sender)
    local data = self.model_:get("login_2")
    if not data then return end
    self:refreshItem(2, data.count or 55)
end

function LoginView11:onEnter3(sender)
    local data = self.model_:get("login_3")
    if not data then return end
    self:refreshItem(3, data.count or 97)
end

function LoginView11:onEnter4(sender)
    local data = self.model_:get("login_4")
    if not data then return end
    self:refreshItem(4, data.count or 6)
end

function LoginView11:onEnter5(sender)
    local data = self.model_:get("login_5")
    if not data then return end
    self:refreshItem(5, data.count or 43)
end

function LoginView11:onClick6(sender)
    local data = self.model_:get("login_6")
    if not data then return end
    self:refreshItem(6, data.count or 35)
end

function LoginView11:onRefresh7(sender)
    local data = self.model_:get("login_7")
    if not data then return end
    self:refreshItem(7, data.count or 71)
end

function LoginView11:onClick8(sender)
    local data = self.model_:get("login_8")
    if not data then return end
    self:refreshItem(8, data.count or 36)
end

function LoginView11:onEnter9(sender)
    local data = self.model_:get("login_9")
    if not data then return end
    self:refreshItem(9, data.count or 16)
end

function LoginView11:onUpdate10(sender)
    local data = self.model_:get("login_10")
    if not data then return end
    self:refreshItem(10, data.count or 14)
end

function LoginView11:onClick11(sender)
    local data = self.model_:get("login_11")
    if not data then return end
    self:refreshItem(11, data.count or 41)
end

return LoginView11
