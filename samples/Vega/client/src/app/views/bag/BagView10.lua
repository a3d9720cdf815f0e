local BagView10 = class("BagView10", cc.load("mvc").ViewBase)

BagView10.RESOURCE_FILENAME = "res/ui/bag/bag_104.csb"

function BagView10:onRefresh0(sender)
    local data = self.model_:get("bag_0")
    if not data then return end
    self:refreshItem(0, data.count or 92)
end

function BagView10:onRefresh1(sender)
    local data = self.model_:get("bag_1")
    if not data then return end
    self:refreshItem(1, data.count or 98)
end

function BagView10:onClose2(sender)
    local data = self.model_:get("bag_2")
    if not data then return end
    self:refreshItem(2, data.count or 18)
end

return BagView10
