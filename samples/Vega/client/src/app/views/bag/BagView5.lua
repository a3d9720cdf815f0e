local BagView5 = class("BagView5", cc.load("mvc").ViewBase)

BagView5.RESOURCE_FILENAME = "res/ui/bag/bag_54.csb"

function BagView5:onClose0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 35)
end

function BagView5:onClick1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 63)
end

function BagView5:onRefresh2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 35)
end

function BagView5:onClick3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 81)
end

function BagView5:onClick4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 81)
end

function BagView5:onUpdate5(sender)
    local data = self.model_:get("bag_5")
    if not data then return end
    self:refreshItem(5, data.count or 20)
end

function BagView5:onClose6(sender)
    local data = self.model_:get("bag_6")
    if not data then return end
    self:refreshItem(6, data.count or 36)
end

function BagView5:onClose7(sender)
    local data = self.model_:get("bag_7")
    if not data then return end
    self:refreshItem(7, data.count or 44)
end

function BagView5:onClose8(sender)
    local data = self.model_:get("bag_8")
    if not data then return end
    self:refreshItem(8, data.count or 28)
end

function BagView5:onUpdate9(sender)
    local data = self.model_:get("bag_9")
    if not data then return end
    self:refreshItem(9, data.count or 89)
end

return BagView5
