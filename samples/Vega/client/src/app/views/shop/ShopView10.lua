local ShopView10 = class("ShopView10", cc.load("mvc").ViewBase)

ShopView10.RESOURCE_FILENAME = "res/ui/shop/shop_103.csb"

function ShopView10:onClick0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 52)
end

function ShopView10:onRefresh1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 37)
end

function ShopView10:onEnter2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 86)
end

function ShopView10:onUpdate3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 59)
end

function ShopView10:onUpdate4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 53)
end

function ShopView10:onEnter5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 71)
end

function ShopView10:onUpdate6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 60)
end

function ShopView10:onClose7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 77)
end

function ShopView10:onClick8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 41)
end

return ShopView10
