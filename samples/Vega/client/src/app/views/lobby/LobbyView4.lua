local LobbyView4 = class("LobbyView4", cc.load("mvc").ViewBase)

LobbyView4.RESOURCE_FILENAME = "res/ui/lobby/lobby_41.csb"

function LobbyView4:onEnter0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 32)
end

function LobbyView4:onClose1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 30)
end

function LobbyView4:onRefresh2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 86)
end

function LobbyView4:onUpdate3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 17)
end

function LobbyView4:onClick4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 32)
end

function LobbyView4:onClick5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 29)
end

function LobbyView4:onEnter6(sender)
    local data = self.model_:get("lobby_6")
    if not data then return end
    self:refreshItem(6, data.count or 68)
end

function LobbyView4:onClick7(sender)
    local data = self.model_:get("lobby_7")
    if not data then return end
    self:refreshItem(7, data.count or 98)
end

function LobbyView4:onEnter8(sender)
    local data = self.model_:get("lobby_8")
    if not data then return end
    self:refreshItem(8, data.count or 50)
end

function LobbyView4:onClose9(sender)
    local data = self.model_:get("lobby_9")
    if not data then return end
    self:refreshItem(9, data.count or 58)
end

function LobbyView4:onClose10(sender)
    local data = self.model_:get("lobby_10")
    if not data then return end
    self:refreshItem(10, data.count or 54)
end

function LobbyView4:onClick11(sender)
    local data = self.model_:get("lobby_11")
    if not data then return end
    self:refreshItem(11, data.count or 91)
end

function LobbyView4:onClick12(sender)
    local data = self.model_:get("lobby_12")
    if not data then return end
    self:refreshItem(12, data.count or 6)
end

function LobbyView4:onClick13(sender)
    local data = self.model_:get("lobby_13")
    if not data then return end
    self:refreshItem(13, data.count or 73)
end

function LobbyView4:onRefresh14(sender)
    local data = self.model_:get("lobby_14")
    if not data then return end
    self:refreshItem(14, data.count or 28)
end

function LobbyView4:onUpdate15(sender)
    local data = self.model_:get("lobby_15")
    if not data then return end
    self:refreshItem(15, data.count or 6)
end

function LobbyView4:onClose16(sender)
    local data = self.model_:get("lobby_16")
    if not data then return end
    self:refreshItem(16, data.count or 92)
end

function LobbyView4:onEnter17(sender)
    local data = self.model_:get("lobby_17")
    if not data then return end
    self:refreshItem(17, data.count or 66)
end

function LobbyView4:onClose18(sender)
    local data = self.model_:get("lobby_18")
    if not data then return end
    self:refreshItem(18, data.count or 41)
end

function LobbyView4:onClick19(sender)
    local data = self.model_:get("lobby_19")
    if not data then return end
    self:refreshItem(19, data.count or 95)
end

function LobbyView4:onClose20(sender)
    local data = self.model_:get("lobby_20")
    if not data then return end
    self:refreshItem(20, data.count or 19)
end

return LobbyView4
