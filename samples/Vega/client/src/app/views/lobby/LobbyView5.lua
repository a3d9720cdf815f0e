local LobbyView5 = class("LobbyView5", cc.load("mvc").ViewBase)

LobbyView5.RESOURCE_FILENAME = "res/ui/lobby/lobby_51.csb"

function LobbyView5:onUpdate0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 96)
end

function LobbyView5:onRefresh1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 32)
end

function LobbyView5:onClose2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 71)
end

function LobbyView5:onClose3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 10)
end

function LobbyView5:onClose4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 63)
end

function LobbyView5:onClose5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 17)
end

function LobbyView5:onEnter6(sender)
    local data = self.model_:get("lobby_6")
    if not data then return end
    self:refreshItem(6, data.count or 9)
end

function LobbyView5:onRefresh7(sender)
    local data = self.model_:get("lobby_7")
    if not data then return end
    self:refreshItem(7, data.count or 52)
end

function LobbyView5:onRefresh8(sender)
    local data = self.model_:get("lobby_8")
    if not data then return end
    self:refreshItem(8, data.count or 84)
end

function LobbyView5:onRefresh9(sender)
    local data = self.model_:get("lobby_9")
    if not data then return end
    self:refreshItem(9, data.count or 67)
end

function LobbyView5:onRefresh10(sender)
    local data = self.model_:get("lobby_10")
    if not data then return end
    self:refreshItem(10, data.count or 26)
end

return LobbyView5
