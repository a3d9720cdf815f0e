local LobbyView8 = class("LobbyView8", cc.load("mvc").ViewBase)

LobbyView8.RESOURCE_FILENAME = "res/ui/lobby/lobby_81.csb"

function LobbyView8:onClick0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 42)
end

function LobbyView8:onClose1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 47)
end

function LobbyView8:onEnter2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 49)
end

function LobbyView8:onClose3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 81)
end

function LobbyView8:onClose4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 98)
end

function LobbyView8:onEnter5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 70)
end

return LobbyView8
