local BattleView3 = class("BattleView3", cc.load("mvc").ViewBase)

BattleView3.RESOURCE_FILENAME = "res/ui/battle/battle_32.csb"

function BattleView3:onEnter0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 83)
end

function BattleView3:onClose1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 93)
end

function BattleView3:onRefresh2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 93)
end

function BattleView3:onClick3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 4)
end

function BattleView3:onUpdate4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 64)
end

function BattleView3:onClose5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 65)
end

function BattleView3:onRefresh6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 8)
end

function BattleView3:onRefresh7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 84)
end

function BattleView3:onRefresh8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 58)
end

function BattleView3:onClick9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 28)
end

function BattleView3:onRefresh10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 25)
end

function BattleView3:onUpdate11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 80)
end

function BattleView3:onClick12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 55)
end

function BattleView3:onClick13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 2)
end

function BattleView3:onEnter14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 19)
end

return BattleView3
