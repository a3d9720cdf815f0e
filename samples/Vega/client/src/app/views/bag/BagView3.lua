local BagView3 = class("BagView3", cc.load("mvc").ViewBase)

BagView3.RESOURCE_FILENAME = "res/ui/bag/bag_34.csb"

function BagView3:onClose0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 27)
end

function BagView3:onClose1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 18)
end

function BagView3:onRefresh2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 89)
end

function BagView3:onEnter3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 76)
end

function BagView3:onClick4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 21)
end

function BagView3:onUpdate5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 48)
end

function BagView3:onClick6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 99)
end

function BagView3:onClick7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 28)
end

function BagView3:onUpdate8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 8)
end

function BagView3:onRefresh9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 30)
end

return BagView3
