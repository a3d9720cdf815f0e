local BattleView11 = class("BattleView11", cc.load("mvc").ViewBase)

BattleView11.RESOURCE_FILENAME = "res/ui/battle/battle_112.csb"

function BattleView11:onRefresh0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 46)
end

function BattleView11:onUpdate1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 96)
end

function BattleView11:onEnter2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 71)
end

function BattleView11:onEnter3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 90)
end

function BattleView11:onRefresh4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 86)
end

function BattleView11:onRefresh5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 55)
end

function BattleView11:onRefresh6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 79)
end

function BattleView11:onClose7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 29)
end

function BattleView11:onClick8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 91)
end

function BattleView11:onRefresh9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 47)
end

function BattleView11:onClose10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 37)
end

function BattleView11:onClose11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 54)
end

function BattleView11:onRefresh12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 99)
end

function BattleView11:onClose13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 71)
end

function BattleView11:onUpdate14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 26)
end

return BattleView11
