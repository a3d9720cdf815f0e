local BagView0 = class("BagView0", cc.load("mvc").ViewBase)

BagView0.RESOURCE_FILENAME = "res/ui/bag/bag_4.csb"

function BagView0:onClick0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 75)
end

function BagView0:onEnter1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 98)
end

function BagView0:onEnter2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 61)
end

function BagView0:onRefresh3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 74)
end

function BagView0:onRefresh4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 13)
end

function BagView0:onClick5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 54)
end

function BagView0:onClose6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 30)
end

function BagView0:onEnter7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 24)
end

function BagView0:onClick8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 40)
end

function BagView0:onClose9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 6)
end

function BagView0:onClose10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 4)
end

function BagView0:onClick11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 0)
end

function BagView0:onClose12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 61)
end

function BagView0:onUpdate13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 70)
end

function BagView0:onClick14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 4)
end

function BagView0:onClick15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 81)
end

function BagView0:onRefresh16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 24)
end

function BagView0:onRefresh17(sender)
    local data = self.model_:get("bag_17")
    if not data then return end
    self:refreshItem(17, data.count or 76)
end

function BagView0:onRefresh18(sender)
    local data = self.model_:get("bag_18")
    if not data then return end
    self:refreshItem(18, data.count or 73)
end

function BagView0:onRefresh19(sender)
    local data = self.model_:get("bag_19")
    if not data then return end
    self:refreshItem(19, data.count or 42)
end

return BagView0
