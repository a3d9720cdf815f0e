local LobbyView6 = class("LobbyView6", cc.load("mvc").ViewBase)

LobbyView6.RESOURCE_FILENAME = "res/ui/lobby/lobby_61.csb"

function LobbyView6:onUpdate0(sender)
    local data = self.model_:get("lobby_0")
    if not data then return end
    self:refreshItem(0, data.count or 65)
end

function LobbyView6:onClose1(sender)
    local data = self.model_:get("lobby_1")
    if not data then return end
    self:refreshItem(1, data.count or 32)
end

function LobbyView6:onUpdate2(sender)
    local data = self.model_:get("lobby_2")
    if not data then return end
    self:refreshItem(2, data.count or 21)
end

function LobbyView6:onClose3(sender)
    local data = self.model_:get("lobby_3")
    if not data then return end
    self:refreshItem(3, data.count or 90)
end

function LobbyView6:onEnter4(sender)
    local data = self.model_:get("lobby_4")
    if not data then return end
    self:refreshItem(4, data.count or 86)
end

function LobbyView6:onClick5(sender)
    local data = self.model_:get("lobby_5")
    if not data then return end
    self:refreshItem(5, data.count or 69)
end

function LobbyView6:onClose6(sender)
    local data = self.model_:get("lobby_6")
    if not data then return end
    self:refreshItem(6, data.count or 41)
end

function LobbyView6:onUpdate7(sender)
    local data = self.model_:get("lobby_7")
    if not data then return end
    self:refreshItem(7, data.count or 13)
end

function LobbyView6:onClick8(sender)
    local data = self.model_:get("lobby_8")
    if not data then return end
    self:refreshItem(8, data.count or 16)
end

function LobbyView6:onClick9(sender)
    local data = self.model_:get("lobby_9")
    if not data then return end
    self:refreshItem(9, data.count or 39)
end

function LobbyView6:onClose10(sender)
    local data = self.model_:get("lobby_10")
    if not data then return end
    self:refreshItem(10, data.count or 24)
end

function LobbyView6:onClose11(sender)
    local data = self.model_:get("lobby_11")
    if not data then return end
    self:refreshItem(11, data.count or 26)
end

function LobbyView6:onClose12(sender)
    local data = self.model_:get("lobby_12")
    if not data then return end
    self:refreshItem(12, data.count or 90)
end

function LobbyView6:onEnter13(sender)
    local data = self.model_:get("lobby_13")
    if not data then return end
    self:refreshItem(13, data.count or 93)
end

function LobbyView6:onClose14(sender)
    local data = self.model_:get("lobby_14")
    if not data then return end
    self:refreshItem(14, data.count or 91)
end

function LobbyView6:onClick15(sender)
    local data = self.model_:get("lobby_15")
    if not data then return end
    self:refreshItem(15, data.count or 9)
end

function LobbyView6:onUpdate16(sender)
    local data = self.model_:get("lobby_16")
    if not data then return end
    self:refreshItem(16, data.count or 41)
end

function LobbyView6:onUpdate17(sender)
    local data = self.model_:get("lobby_17")
    if not data then return end
    self:refreshItem(17, data.count or 93)
end

function LobbyView6:onClick18(sender)
    local data = self.model_:get("lobby_18")
    if not data then return end
    self:refreshItem(18, data.count or 11)
end

function LobbyView6:onUpdate19(sender)
    local data = self.model_:get("lobby_19")
    if not data then return end
    self:refreshItem(19, data.count or 57)
end

function LobbyView6:onClick20(sender)
    local data = self.model_:get("lobby_20")
    if not data then return end
    self:refreshItem(20, data.count or 84)
end

function LobbyView6:onRefresh21(sender)
    local data = self.model_:get("lobby_21")
    if not data then return end
    self:refreshItem(21, data.count or 26)
end

function LobbyView6:onEnter22(sender)
    local data = self.model_:get("lobby_22")
    if not data then return end
    self:refreshItem(22, data.count or 88)
end

return LobbyView6
