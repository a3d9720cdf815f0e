local BattleView5 = class("BattleView5", cc.load("mvc").ViewBase)

BattleView5.RESOURCE_FILENAME = "res/ui/battle/battle_52.csb"

function BattleView5:onRefresh0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 17)
end

function BattleView5:onClick1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 6)
end

function BattleView5:onClose2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 86)
end

function BattleView5:onClose3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 88)
end

function BattleView5:onUpdate4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 79)
end

function BattleView5:onUpdate5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 59)
end

function BattleView5:onClick6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 69)
end

function BattleView5:onEnter7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 25)
end

function BattleView5:onUpdate8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 86)
end

return BattleView5
