local LobbyView9 = class("LobbyView9", cc.load("mvc").ViewBase)

LobbyView9.RESOURCE_FILENAME = "res/ui/lobby/lobby_91.csb"

function LobbyView9:onClick0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 49)
end

function LobbyView9:onEnter1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 60)
end

function LobbyView9:onUpdate2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 34)
end

return LobbyView9
