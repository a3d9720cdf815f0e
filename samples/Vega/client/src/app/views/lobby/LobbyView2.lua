local LobbyView2 = class("LobbyView2", cc.load("mvc").ViewBase)

LobbyView2.RESOURCE_FILENAME = "res/ui/lobby/lobby_21.csb"

function LobbyView2:onRefresh0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 46)
end

function LobbyView2:onEnter1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 18)
end

function LobbyView2:onRefresh2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 51)
end

function LobbyView2:onUpdate3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 85)
end

function LobbyView2:onEnter4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 7)
end

function LobbyView2:onClose5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 17)
end

return LobbyView2
