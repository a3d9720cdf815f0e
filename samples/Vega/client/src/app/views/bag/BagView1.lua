local BagView1 = class("BagView1", cc.load("mvc").ViewBase)

BagView1.RESOURCE_FILENAME = "res/ui/bag/bag_14.csb"

function BagView1:onClose0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 38)
end

function BagView1:onEnter1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 96)
end

function BagView1:onEnter2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 93)
end

function BagView1:onClose3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 54)
end

function BagView1:onUpdate4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 46)
end

function BagView1:onClick5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 4)
end

function BagView1:onClick6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 84)
end

function BagView1:onClose7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 96)
end

function BagView1:onClick8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 37)
end

function BagView1:onRefresh9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 18)
end

function BagView1:onClose10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 51)
end

function BagView1:onClose11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 16)
end

function BagView1:onRefresh12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 20)
end

function BagView1:onClose13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 25)
end

function BagView1:onRefresh14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 60)
end

function BagView1:onUpdate15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 45)
end

function BagView1:onClose16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 74)
end

function BagView1:onClose17(sender)
    local data = self.model_:get("bag_17")
    if not data then return end
    self:refreshItem(17, data.count or 24)
end

function BagView1:onUpdate18(sender)
    local data = self.model_:get("bag_18")
    if not data then return end
    self:refreshItem(18, data.count or 51)
end

function BagView1:onClose19(sender)
    local data = self.model_:get("bag_19")
    if not data then return end
    self:refreshItem(19, data.count or 9)
end

return BagView1
