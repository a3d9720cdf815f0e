local BattleView8 = class("BattleView8", cc.load("mvc").ViewBase)

BattleView8.RESOURCE_FILENAME = "res/ui/battle/battle_82.csb"

function BattleView8:onClose0(sender)
    local data = self.model_:get("battle_0")
    if not data then return end
    self:refreshItem(0, data.count or 18)
end

function BattleView8:onClose1(sender)
    local data = self.model_:get("battle_1")
    if not data then return end
    self:refreshItem(1, data.count or 79)
end

function BattleView8:onClick2(sender)
    local data = self.model_:get("battle_2")
    if not data then return end
    self:refreshItem(2, data.count or 40)
end

function BattleView8:onRefresh3(sender)
    local data = self.model_:get("battle_3")
    if not data then return end
    self:refreshItem(3, data.count or 63)
end

function BattleView8:onEnter4(sender)
    local data = self.model_:get("battle_4")
    if not data then return end
    self:refreshItem(4, data.count or 31)
end

function BattleView8:onUpdate5(sender)
    local data = self.model_:get("battle_5")
    if not data then return end
    self:refreshItem(5, data.count or 10)
end

function BattleView8:onRefresh6(sender)
    local data = self.model_:get("battle_6")
    if not data then return end
    self:refreshItem(6, data.count or 18)
end

function BattleView8:onEnter7(sender)
    local data = self.model_:get("battle_7")
    if not data then return end
    self:refreshItem(7, data.count or 11)
end

function BattleView8:onEnter8(sender)
    local data = self.model_:get("battle_8")
    if not data then return end
    self:refreshItem(8, data.count or 9)
end

function BattleView8:onClose9(sender)
    local data = self.model_:get("battle_9")
    if not data then return end
    self:refreshItem(9, data.count or 85)
end

function BattleView8:onUpdate10(sender)
    local data = self.model_:get("battle_10")
    if not data then return end
    self:refreshItem(10, data.count or 89)
end

function BattleView8:onClick11(sender)
    local data = self.model_:get("battle_11")
    if not data then return end
    self:refreshItem(11, data.count or 9)
end

function BattleView8:onUpdate12(sender)
    local data = self.model_:get("battle_12")
    if not data then return end
    self:refreshItem(12, data.count or 34)
end

function BattleView8:onUpdate13(sender)
    local data = self.model_:get("battle_13")
    if not data then return end
    self:refreshItem(13, data.count or 46)
end

function BattleView8:onClick14(sender)
    local data = self.model_:get("battle_14")
    if not data then return end
    self:refreshItem(14, data.count or 83)
end

function BattleView8:onClose15(sender)
    local data = self.model_:get("battle_15")
    if not data then return end
    self:refreshItem(15, data.count or 19)
end

function BattleView8:onEnter16(sender)
    local data = self.model_:get("battle_16")
    if not data then return end
    self:refreshItem(16, data.count or 77)
end

function BattleView8:onClick17(sender)
    local data = self.model_:get("battle_17")
    if not data then return end
    self:refreshItem(17, data.count or 1)
end

function BattleView8:onUpdate18(sender)
    local data = self.model_:get("battle_18")
    if not data then return end
    self:refreshItem(18, data.count or 73)
end

function BattleView8:onEnter19(sender)
    local data = self.model_:get("battle_19")
    if not data then return end
    self:refreshItem(19, data.count or 5)
end

function BattleView8:onClose20(sender)
    local data = self.model_:get("battle_20")
    if not data then return end
    self:refreshItem(20, data.count or 88)
end

function BattleView8:onClose21(sender)
    local data = self.model_:get("battle_21")
    if not data then return end
    self:refreshItem(21, data.count or 91)
end

function BattleView8:onRefresh22(sender)
    local data = self.model_:get("battle_22")
    if not data then return end
    self:refreshItem(22, data.count or 70)
end

function BattleView8:onEnter23(sender)
    local data = self.model_:get("battle_23")
    if not data then return end
    self:refreshItem(23, data.count or 97)
end

return BattleView8
