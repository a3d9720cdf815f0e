local BattleView7 = class("BattleView7", cc.load("mvc").ViewBase)

BattleView7.RESOURCE_FILENAME = "res/ui/battle/battle_72.csb"

function BattleView7:onClose0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 78)
end

function BattleView7:onEnter1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 68)
end

function BattleView7:onRefresh2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 16)
end

function BattleView7:onClick3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 32)
end

function BattleView7:onUpdate4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 16)
end

function BattleView7:onClose5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 24)
end

function BattleView7:onClick6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 17)
end

function BattleView7:onEnter7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 93)
end

function BattleView7:onClose8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 86)
end

function BattleView7:onClose9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 95)
end

function BattleView7:onRefresh10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 48)
end

function BattleView7:onUpdate11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 96)
end

function BattleView7:onRefresh12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 59)
end

function BattleView7:onClose13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 47)
end

function BattleView7:onRefresh14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 60)
end

function BattleView7:onUpdate15(sender)
    local data = self.model_:get("battle_15")
    if not data then return end
    self:refreshItem(15, data.count or 5)
end

function BattleView7:onUpdate16(sender)
    local data = self.model_:get("battle_16")
    if not data then return end
    self:refreshItem(16, data.count or 91)
end

return BattleView7
