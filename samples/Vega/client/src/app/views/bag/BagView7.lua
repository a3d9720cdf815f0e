local BagView7 = class("BagView7", cc.load("mvc").ViewBase)

BagView7.RESOURCE_FILENAME = "res/ui/bag/bag_74.csb"

function BagView7:onUpdate0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 14)
end

function BagView7:onRefresh1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 0)
end

function BagView7:onEnter2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 19)
end

function BagView7:onClick3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 11)
end

function BagView7:onClose4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 42)
end

function BagView7:onClick5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 50)
end

function BagView7:onUpdate6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 57)
end

function BagView7:onUpdate7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 71)
end

function BagView7:onEnter8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 62)
end

function BagView7:onClick9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 95)
end

function BagView7:onEnter10(sender)
    local data = self.model_:get("bag_10")
    if not data then return end
    self:refreshItem(10, data.count or 2)
end

function BagView7:onUpdate11(sender)
    local data = self.model_:get("bag_11")
    if not data then return end
    self:refreshItem(11, data.count or 49)
end

function BagView7:onClose12(sender)
    local data = self.model_:get("bag_12")
    if not data then return end
    self:refreshItem(12, data.count or 46)
end

function BagView7:onEnter13(sender)
    local data = self.model_:get("bag_13")
    if not data then return end
    self:refreshItem(13, data.count or 38)
end

function BagView7:onClick14(sender)
    local data = self.model_:get("bag_14")
    if not data then return end
    self:refreshItem(14, data.count or 79)
end

function BagView7:onRefresh15(sender)
    local data = self.model_:get("bag_15")
    if not data then return end
    self:refreshItem(15, data.count or 61)
end

function BagView7:onUpdate16(sender)
    local data = self.model_:get("bag_16")
    if not data then return end
    self:refreshItem(16, data.count or 43)
end

function BagView7:onClick17(sender)
    local data = self.model_:get("bag_17")
    if not data then return end
    self:refreshItem(17, data.count or 23)
end

return BagView7
