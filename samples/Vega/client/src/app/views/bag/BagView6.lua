local BagView6 = class("BagView6", cc.load("mvc").ViewBase)

BagView6.RESOURCE_FILENAME = "res/ui/bag/bag_64.csb"

function BagView6:onUpdate0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 38)
end

function BagView6:onClick1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 77)
end

function BagView6:onUpdate2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 39)
end

function BagView6:onClose3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 4)
end

function BagView6:onUpdate4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 75)
end

function BagView6:onRefresh5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 7)
end

function BagView6:onClick6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 57)
end

function BagView6:onUpdate7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 45)
end

function BagView6:onRefresh8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 36)
end

function BagView6:onRefresh9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 23)
end

function BagView6:onEnter10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 67)
end

function BagView6:onClick11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 2)
end

function BagView6:onEnter12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 1)
end

function BagView6:onRefresh13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 47)
end

function BagView6:onEnter14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 7)
end

function BagView6:onClose15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 48)
end

function BagView6:onClose16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 18)
end

return BagView6
