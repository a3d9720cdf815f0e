local LobbyView0 = class("LobbyView0", cc.load("mvc").ViewBase)

LobbyView0.RESOURCE_FILENAME = "res/ui/lobby/lobby_1.csb"

function LobbyView0:onEnter0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 85)
end

function LobbyView0:onUpdate1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 97)
end

function LobbyView0:onClick2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 38)
end

function LobbyView0:onClose3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 57)
end

function LobbyView0:onClick4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 78)
end

function LobbyView0:onRefresh5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 81)
end

function LobbyView0:onClick6(sender)
    local data = self.model_:get("lobby_6")
    if not data then return end
    self:refreshItem(6, data.count or 3)
end

function LobbyView0:onClose7(sender)
    local data = self.model_:get("lobby_7")
    if not data then return end
    self:refreshItem(7, data.count or 36)
end

function LobbyView0:onClose8(sender)
    local data = self.model_:get("lobby_8")
    if not data then return end
    self:refreshItem(8, data.count or 22)
end

function LobbyView0:onClose9(sender)
    local data = self.model_:get("lobby_9")
    if not data then return end
    self:refreshItem(9, data.count or 10)
end

function LobbyView0:onEnter10(sender)
    local data = self.model_:get("lobby_10")
    if not data then return end
    self:refreshItem(10, data.count or 35)
end

function LobbyView0:onUpdate11(sender)
    local data = self.model_:get("lobby_11")
    if not data then return end
    self:refreshItem(11, data.count or 85)
end

function LobbyView0:onRefresh12(sender)
    local data = self.model_:get("lobby_12")
    if not data then return end
    self:refreshItem(12, data.count or 99)
end

function LobbyView0:onEnter13(sender)
    local data = self.model_:get("lobby_13")
    if not data then return end
    self:refreshItem(13, data.count or 47)
end

function LobbyView0:onRefresh14(sender)
    local data = self.model_:get("lobby_14")
    if not data then return end
    self:refreshItem(14, data.count or 89)
end

return LobbyView0
