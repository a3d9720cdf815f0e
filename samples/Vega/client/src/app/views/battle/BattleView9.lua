local BattleView9 = class("BattleView9", cc.load("mvc").ViewBase)

BattleView9.RESOURCE_FILENAME = "res/ui/battle/battle_92.csb"

function BattleView9:onEnter0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 6)
end

function BattleView9:onRefresh1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 54)
end

function BattleView9:onClose2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 66)
end

function BattleView9:onEnter3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 44)
end

function BattleView9:onClick4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 65)
end

function BattleView9:onEnter5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 90)
end

function BattleView9:onClose6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 58)
end

function BattleView9:onEnter7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 50)
end

function BattleView9:onRefresh8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 9)
end

function BattleView9:onUpdate9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 87)
end

function BattleView9:onClick10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 62)
end

function BattleView9:onClick11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 44)
end

function BattleView9:onClick12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 13)
end

function BattleView9:onClose13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 10)
end

function BattleView9:onRefresh14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 81)
end

function BattleView9:onUpdate15(sender)
    local data = self.model_:get("battle_15")
    if not data then return end
    self:refreshItem(15, data.count or 12)
end

function BattleView9:onUpdate16(sender)
    local data = self.model_:get("battle_16")
    if not data then return end
    self:refreshItem(16, data.count or 16)
end

function BattleView9:onUpdate17(sender)
    local data = self.model_:get("battle_17")
    if not data then return end
    self:refreshItem(17, data.count or 47)
end

function BattleView9:onUpdate18(sender)
    local data = self.model_:get("battle_18")
    if not data then return end
    self:refreshItem(18, data.count or 53)
end

function BattleView9:onRefresh19(sender)
    local data = self.model_:get("battle_19")
    if not data then return end
    self:refreshItem(19, data.count or 87)
end

function BattleView9:onClick20(sender)
    local data = self.model_:get("battle_20")
    if not data then return end
    self:refreshItem(20, data.count or 43)
end

return BattleView9
