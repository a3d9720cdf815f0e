local LobbyView1 = class("LobbyView1", cc.load("mvc").ViewBase)

LobbyView1.RESOURCE_FILENAME = "res/ui/lobby/lobby_11.csb"

function LobbyView1:onUpdate0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 20)
end

function LobbyView1:onEnter1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 49)
end

function LobbyView1:onEnter2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 60)
end

function LobbyView1:onEnter3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 6)
end

function LobbyView1:onClose4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 49)
end

function LobbyView1:onRefresh5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 46)
end

function LobbyView1:onEnter6(sender)
    local data = self.model_:get("lobby_6")
    if not data then return end
    self:refreshItem(6, data.count or 7)
end

function LobbyView1:onUpdate7(sender)
    local data = self.model_:get("lobby_7")
    if not data then return end
    self:refreshItem(7, data.count or 84)
end

function LobbyView1:onEnter8(sender)
    local data = self.model_:get("lobby_8")
    if not data then return end
    self:refreshItem(8, data.count or 62)
end

function LobbyView1:onRefresh9(sender)
    local data = self.model_:get("lobby_9")
    if not data then return end
    self:refreshItem(9, data.count or 97)
end

function LobbyView1:onClick10(sender)
    local data = self.model_:get("lobby_10")
    if not data then return end
    self:refreshItem(10, data.count or 32)
end

function LobbyView1:onRefresh11(sender)
    local data = self.model_:get("lobby_11")
    if not data then return end
    self:refreshItem(11, data.count or 16)
end

function LobbyView1:onClose12(sender)
    local data = self.model_:get("lobby_12")
    if not data then return end
    self:refreshItem(12, data.count or 87)
end

return LobbyView1
