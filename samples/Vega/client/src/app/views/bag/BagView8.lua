local BagView8 = class("BagView8", cc.load("mvc").ViewBase)

BagView8.RESOURCE_FILENAME = "res/ui/bag/bag_84.csb"

function BagView8:onRefresh0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 61)
end

function BagView8:onEnter1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 15)
end

function BagView8:onEnter2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 5)
end

function BagView8:onRefresh3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 79)
end

function BagView8:onClick4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 39)
end

function BagView8:onClick5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 84)
end

function BagView8:onEnter6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 2)
end

function BagView8:onUpdate7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 39)
end

function BagView8:onEnter8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 24)
end

function BagView8:onEnter9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 94)
end

function BagView8:onEnter10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 86)
end

function BagView8:onEnter11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 17)
end

function BagView8:onClick12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 29)
end

function BagView8:onUpdate13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 53)
end

function BagView8:onClick14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 32)
end

function BagView8:onClose15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 9)
end

function BagView8:onUpdate16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 99)
end

function BagView8:onClose17(sender)
    local data = self.model_:get("bag_17")
    if not data then return end
    self:refreshItem(17, data.count or 86)
end

function BagView8:onClose18(sender)
    local data = self.model_:get("bag_18")
    if not data then return end
    self:refreshItem(18, data.count or 95)
end

function BagView8:onUpdate19(sender)
    local data = self.model_:get("bag_19")
    if not data then return end
    self:refreshItem(19, data.count or 89)
end

function BagView8:onRefresh20(sender)
    local data = self.model_:get("bag_20")
    if not data then return end
    self:refreshItem(20, data.count or 88)
end

return BagView8
