local LobbyView3 = class("LobbyView3", cc.load("mvc").ViewBase)

LobbyView3.RESOURCE_FILENAME = "res/ui/lobby/lobby_31.csb"

function LobbyView3:onClick0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 93)
end

function LobbyView3:onClose1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 88)
end

function LobbyView3:onUpdate2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 61)
end

function LobbyView3:onClose3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 76)
end

function LobbyView3:onEnter4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 70)
end

function LobbyView3:onClose5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 97)
end

function LobbyView3:onClick6(sender)
    local data = self.model_:get("lobby_6")
    if not data then return end
    self:refreshItem(6, data.count or 94)
end

function LobbyView3:onRefresh7(sender)
    local data = self.model_:get("lobby_7")
    if not data then return end
    self:refreshItem(7, data.count or 21)
end

function LobbyView3:onClick8(sender)
    local data = self.model_:get("lobby_8")
    if not data then return end
    self:refreshItem(8, data.count or 78)
end

function LobbyView3:onRefresh9(sender)
    local data = self.model_:get("lobby_9")
    if not data then return end
    self:refreshItem(9, data.count or 67)
end

function LobbyView3:onUpdate10(sender)
    local data = self.model_:get("lobby_10")
    if not data then return end
    self:refreshItem(10, data.count or 29)
end

function LobbyView3:onRefresh11(sender)
    local data = self.model_:get("lobby_11")
    if not data then return end
    self:refreshItem(11, data.count or 45)
end

function LobbyView3:onClick12(sender)
    local data = self.model_:get("lobby_12")
    if not data then return end
    self:refreshItem(12, data.count or 37)
end

return LobbyView3
