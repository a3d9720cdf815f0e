local LobbyView11 = class("LobbyView11", cc.load("mvc").ViewBase)

LobbyView11.RESOURCE_FILENAME = "res/ui/lobby/lobby_111.csb"

function LobbyView11:onClose0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 88)
end

function LobbyView11:onUpdate1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 97)
end

function LobbyView11:onEnter2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 75)
end

return LobbyView11
