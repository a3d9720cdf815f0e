local BagView4 = class("BagView4", cc.load("mvc").ViewBase)

BagView4.RESOURCE_FILENAME = "res/ui/bag/bag_44.csb"

function BagView4:onUpdate0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 66)
end

function BagView4:onEnter1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 90)
end

function BagView4:onEnter2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 6)
end

function BagView4:onClick3(sender)
    local data = self.model_:get("bag_3")
    if not data then return end
    self:refreshItem(3, data.count or 28)
end

function BagView4:onUpdate4(sender)
    local data = self.model_:get("bag_4")
    if not data then return end
    self:refreshItem(4, data.count or 49)
end

return BagView4
