local BattleView2 = class("BattleView2", cc.load("mvc").ViewBase)

BattleView2.RESOURCE_FILENAME = "res/ui/battle/battle_22.csb"

function BattleView2:onEnter0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 35)
end

function BattleView2:onRefresh1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 17)
end

function BattleView2:onEnter2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 27)
end

function BattleView2:onRefresh3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 94)
end

function BattleView2:onUpdate4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 52)
end

function BattleView2:onRefresh5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 62)
end

function BattleView2:onClick6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 86)
end

function BattleView2:onEnter7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 17)
end

function BattleView2:onUpdate8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 98)
end

function BattleView2:onUpdate9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 14)
end

function BattleView2:onRefresh10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 42)
end

function BattleView2:onClose11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 79)
end

function BattleView2:onUpdate12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 4)
end

function BattleView2:onEnter13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 88)
end

function BattleView2:onRefresh14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 2)
end

function BattleView2:onClick15(sender)
    local data = self.model_:get("battle_15")
    if not data then return end
    self:refreshItem(15, data.count or 7)
end

return BattleView2
