local BattleView10 = class("BattleView10", cc.load("mvc").ViewBase)

BattleView10.RESOURCE_FILENAME = "res/ui/battle/battle_102.csb"

function BattleView10:onUpdate0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 88)
end

function BattleView10:onClick1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 45)
end

function BattleView10:onClose2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 75)
end

function BattleView10:onRefresh3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 58)
end

function BattleView10:onUpdate4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 89)
end

function BattleView10:onRefresh5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 14)
end

function BattleView10:onRefresh6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 26)
end

function BattleView10:onRefresh7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 30)
end

return BattleView10
