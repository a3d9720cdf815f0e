local BattleView4 = class("BattleView4", cc.load("mvc").ViewBase)

BattleView4.RESOURCE_FILENAME = "res/ui/battle/battle_42.csb"

function BattleView4:onUpdate0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 76)
end

function BattleView4:onRefresh1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 19)
end

function BattleView4:onClick2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 48)
end

function BattleView4:onEnter3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 43)
end

function BattleView4:onEnter4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 72)
end

function BattleView4:onClose5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 86)
end

function BattleView4:onClick6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 0)
end

function BattleView4:onRefresh7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 69)
end

function BattleView4:onClose8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 17)
end

function BattleView4:onClick9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 68)
end

function BattleView4:onEnter10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 5)
end

function BattleView4:onClick11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 74)
end

function BattleView4:onClose12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 23)
end

function BattleView4:onClose13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 93)
end

function BattleView4:onEnter14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 28)
end

function BattleView4:onEnter15(sender)
    local data = self.model_:get("battle_15")
    if not data then return end
    self:refreshItem(15, data.count or 51)
end

function BattleView4:onRefresh16(sender)
    local data = self.model_:get("battle_16")
    if not data then return end
    self:refreshItem(16, data.count or 1)
end

function BattleView4:onRefresh17(sender)
    local data = self.model_:get("battle_17")
    if not data then return end
    self:refreshItem(17, data.count or 96)
end

function BattleView4:onUpdate18(sender)
    local data = self.model_:get("battle_18")
    if not data then return end
    self:refreshItem(18, data.count or 23)
end

return BattleView4
