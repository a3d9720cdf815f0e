local LobbyView10 = class("LobbyView10", cc.load("mvc").ViewBase)

LobbyView10.RESOURCE_FILENAME = "res/ui/lobby/lobby_101.csb"

function LobbyView10:onUpdate0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 17)
end

function LobbyView10:onClick1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 90)
end

function LobbyView10:onClose2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 98)
end

function LobbyView10:onClose3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 45)
end

function LobbyView10:onRefresh4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 15)
end

function LobbyView10:onClick5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 19)
end

function LobbyView10:onClose6(sender)
    local data = self.model_:get("lobby_6")
    if not data then return end
    self:refreshItem(6, data.count or 38)
end

function LobbyView10:onUpdate7(sender)
    local data = self.model_:get("lobby_7")
    if not data then return end
    self:refreshItem(7, data.count or 95)
end

function LobbyView10:onClose8(sender)
    local data = self.model_:get("lobby_8")
    if not data then return end
    self:refreshItem(8, data.count or 57)
end

function LobbyView10:onClick9(sender)
    local data = self.model_:get("lobby_9")
    if not data then return end
    self:refreshItem(9, data.count or 22)
end

function LobbyView10:onEnter10(sender)
    local data = self.model_:get("lobby_10")
    if not data then return end
    self:refreshItem(10, data.count or 88)
end

function LobbyView10:onUpdate11(sender)
    local data = self.model_:get("lobby_11")
    if not data then return end
    self:refreshItem(11, data.count or 80)
end

function LobbyView10:onUpdate12(sender)
    local data = self.model_:get("lobby_12")
    if not data then return end
    self:refreshItem(12, data.count or 45)
end

function LobbyView10:onUpdate13(sender)
    local data = self.model_:get("lobby_13")
    if not data then return end
    self:refreshItem(13, data.count or 25)
end

function LobbyView10:onUpdate14(sender)
    local data = self.model_:get("lobby_14")
    if not data then return end
    self:refreshItem(14, data.count or 49)
end

function LobbyView10:onRefresh15(sender)
    local data = self.model_:get("lobby_15")
    if not data then return end
    self:refreshItem(15, data.count or 46)
end

function LobbyView10:onUpdate16(sender)
    local data = self.model_:get("lobby_16")
    if not data then return end
    self:refreshItem(16, data.count or 99)
end

function LobbyView10:onEnter17(sender)
    local data = self.model_:get("lobby_17")
    if not data then return end
    self:refreshItem(17, data.count or 16)
end

return LobbyView10
