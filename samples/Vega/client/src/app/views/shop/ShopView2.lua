local ShopView2 = class("ShopView2", cc.load("mvc").ViewBase)

ShopView2.RESOURCE_FILENAME = "res/ui/shop/shop_23.csb"

function ShopView2:onClick0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 72)
end

function ShopView2:onEnter1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 10)
end

function ShopView2:onUpdate2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 21)
end

function ShopView2:onRefresh3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 82)
end

function ShopView2:onUpdate4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 28)
end

function ShopView2:onClose5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 18)
end

function ShopView2:onClose6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 35)
end

function ShopView2:onUpdate7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 55)
end

return ShopView2
