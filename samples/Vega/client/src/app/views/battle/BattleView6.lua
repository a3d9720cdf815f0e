local BattleView6 = class("BattleView6", cc.load("mvc").ViewBase)

BattleView6.RESOURCE_FILENAME = "res/ui/battle/battle_62.csb"

function BattleView6:onClose0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 10)
end

function BattleView6:onUpdate1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 18)
end

function BattleView6:onClick2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 25)
end

function BattleView6:onClick3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 77)
end

function BattleView6:onClose4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 17)
end

function BattleView6:onEnter5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 18)
end

function BattleView6:onClick6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 19)
end

function BattleView6:onClose7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 15)
end

function BattleView6:onClose8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 70)
end

function BattleView6:onClick9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 18)
end

function BattleView6:onEnter10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 96)
end

function BattleView6:onClick11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 89)
end

return BattleView6
