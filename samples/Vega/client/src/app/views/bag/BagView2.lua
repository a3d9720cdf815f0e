local BagView2 = class("BagView2", cc.load("mvc").ViewBase)

BagView2.RESOURCE_FILENAME = "res/ui/bag/bag_24.csb"

function BagView2:onClick0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 90)
end

function BagView2:onClose1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 27)
end

function BagView2:onRefresh2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 8)
end

function BagView2:onEnter3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 78)
end

function BagView2:onClose4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 86)
end

function BagView2:onRefresh5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 51)
end

function BagView2:onRefresh6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 45)
end

function BagView2:onRefresh7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 28)
end

function BagView2:onClose8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 14)
end

function BagView2:onClick9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 75)
end

function BagView2:onUpdate10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 23)
end

function BagView2:onClick11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 42)
end

function BagView2:onEnter12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 92)
end

function BagView2:onClick13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 80)
end

function BagView2:onRefresh14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 58)
end

function BagView2:onRefresh15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 6)
end

function BagView2:onUpdate16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 11)
end

function BagView2:onRefresh17(sender)
    local data = self.model_:get("bag_17")
    if not data then return end
    self:refreshItem(17, data.count or 66)
end

function BagView2:onClick18(sender)
    local data = self.model_:get("bag_18")
    if not data then return end
    self:refreshItem(18, data.count or 16)
end

function BagView2:onEnter19(sender)
    local data = self.model_:get("bag_19")
    if not data then return end
    self:refreshItem(19, data.count or 25)
end

function BagView2:onClick20(sender)
    local data = self.model_:get("bag_20")
    if not data then return end
    self:refreshItem(20, data.count or 16)
end

function BagView2:onRefresh21(sender)
    local data = self.model_:get("bag_21")
    if not data then return end
    self:refreshItem(21, data.count or 10)
end

return BagView2
