local BattleView1 = class("BattleView1", cc.load("mvc").ViewBase)

BattleView1.RESOURCE_FILENAME = "res/ui/battle/battle_12.csb"

function BattleView1:onEnter0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 82)
end

function BattleView1:onEnter1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 21)
end

function BattleView1:onUpdate2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 48)
end

function BattleView1:onUpdate3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 36)
end

function BattleView1:onEnter4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 52)
end

function BattleView1:onRefresh5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 83)
end

function BattleView1:onClose6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 61)
end

function BattleView1:onClick7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 1)
end

function BattleView1:onRefresh8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 43)
end

function BattleView1:onClick9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 99)
end

function BattleView1:onUpdate10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 69)
end

function BattleView1:onClose11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 68)
end

function BattleView1:onRefresh12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 70)
end

function BattleView1:onUpdate13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 39)
end

function BattleView1:onRefresh14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 99)
end

function BattleView1:onClick15(sender)
    local data = self.model_:get("battle_15")
    if not data then return end
    self:refreshItem(15, data.count or 46)
end

function BattleView1:onUpdate16(sender)
    local data = self.model_:get("battle_16")
    if not data then return end
    self:refreshItem(16, data.count or 39)
end

function BattleView1:onClose17(sender)
    local data = self.model_:get("battle_17")
    if not data then return end
    self:refreshItem(17, data.count or 62)
end

return BattleView1
