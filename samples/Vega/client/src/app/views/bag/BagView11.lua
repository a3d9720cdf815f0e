local BagView11 = class("BagView11", cc.load("mvc").ViewBase)

BagView11.RESOURCE_FILENAME = "res/ui/bag/bag_114.csb"

function BagView11:onClick0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 15)
end

function BagView11:onRefresh1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 64)
end

function BagView11:onRefresh2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 78)
end

function BagView11:onUpdate3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 36)
end

function BagView11:onClose4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 40)
end

function BagView11:onClick5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 34)
end

function BagView11:onClick6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 66)
end

function BagView11:onUpdate7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 3)
end

function BagView11:onUpdate8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 75)
end

function BagView11:onUpdate9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 40)
end

function BagView11:onClose10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 43)
end

function BagView11:onUpdate11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 33)
end

function BagView11:onClose12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 30)
end

function BagView11:onClose13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 66)
end

function BagView11:onRefresh14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 9)
end

function BagView11:onEnter15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 38)
end

function BagView11:onClose16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 73)
end

return BagView11
