local BattleView0 = class("BattleView0", cc.load("mvc").ViewBase)

BattleView0.RESOURCE_FILENAME = "res/ui/battle/battle_2.csb"

function BattleView0:onClose0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 41)
end

function BattleView0:onClick1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 96)
end

function BattleView0:onRefresh2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 81)
end

function BattleView0:onClose3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 93)
end

function BattleView0:onUpdate4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 50)
end

function BattleView0:onUpdate5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 15)
end

function BattleView0:onUpdate6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 19)
end

function BattleView0:onEnter7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 53)
end

function BattleView0:onUpdate8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 25)
end

function BattleView0:onClose9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 56)
end

function BattleView0:onClick10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 78)
end

return BattleView0
