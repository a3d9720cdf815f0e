local ShopView6 = class("ShopView6", cc.load("mvc").ViewBase)

ShopView6.RESOURCE_FILENAME = "res/ui/shop/shop_63.csb"

function ShopView6:onClose0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 11)
end

function ShopView6:onUpdate1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 15)
end

function ShopView6:onRefresh2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 96)
end

function ShopView6:onClose3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 91)
end

return ShopView6
