local LobbyView7 = class("LobbyView7", cc.load("mvc").ViewBase)

LobbyView7.RESOURCE_FILENAME = "res/ui/lobby/lobby_71.csb"

function LobbyView7:onRefresh0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 42)
end

function LobbyView7:onEnter1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 41)
end

function LobbyView7:onClose2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 90)
end

return LobbyView7
