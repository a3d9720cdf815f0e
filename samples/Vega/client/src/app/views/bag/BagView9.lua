local BagView9 = class("BagView9", cc.load("mvc").ViewBase)

BagView9.RESOURCE_FILENAME = "res/ui/bag/bag_94.csb"

function BagView9:onClose0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 25)
end

function BagView9:onClose1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 8)
end

function BagView9:onClose2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 47)
end

function BagView9:onClose3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 31)
end

function BagView9:onUpdate4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 30)
end

function BagView9:onClose5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 12)
end

function BagView9:onClose6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 8)
end

function BagView9:onClick7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 63)
end

function BagView9:onEnter8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 5)
end

function BagView9:onClose9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 84)
end

function BagView9:onRefresh10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 26)
end

function BagView9:onRefresh11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 72)
end

function BagView9:onEnter12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 84)
end

function BagView9:onRefresh13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 85)
end

function BagView9:onUpdate14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 44)
end

function BagView9:onUpdate15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 96)
end

function BagView9:onClose16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 90)
end

function BagView9:onRefresh17(sender)
    local data = self.model_:get("bag_17")
    if not data then return end
    self:refreshItem(17, data.count or 64)
end

return BagView9
