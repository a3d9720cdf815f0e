local ShopView8 = class("ShopView8", cc.load("mvc").ViewBase)

ShopView8.RESOURCE_FILENAME = "res/ui/shop/shop_83.csb"

function ShopView8:onEnter0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 40)
end

function ShopView8:onUpdate1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 90)
end

function ShopView8:onClick2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 65)
end

function ShopView8:onUpdate3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 76)
end

function ShopView8:onUpdate4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 91)
end

function ShopView8:onClose5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 27)
end

function ShopView8:onEnter6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 40)
end

function ShopView8:onClose7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 71)
end

function ShopView8:onClick8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 47)
end

function ShopView8:onUpdate9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 70)
end

function ShopView8:onEnter10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 74)
end

function ShopView8:onUpdate11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 30)
end

function ShopView8:onEnter12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 60)
end

function ShopView8:onClose13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 82)
end

function ShopView8:onRefresh14(sender)
    local data = self.model_:get("shop_14")
    if not data then return end
    self:refreshItem(14, data.count or 48)
end

function ShopView8:onClick15(sender)
    local data = self.model_:get("shop_15")
    if not data then return end
    self:refreshItem(15, data.count or 38)
end

function ShopView8:onEnter16(sender)
    local data = self.model_:get("shop_16")
    if not data then return end
    self:refreshItem(16, data.count or 58)
end

function ShopView8:onUpdate17(sender)
    local data = self.model_:get("shop_17")
    if not data then return end
    self:refreshItem(17, data.count or 82)
end

return ShopView8
