local ShopView4 = class("ShopView4", cc.load("mvc").ViewBase)

ShopView4.RESOURCE_FILENAME = "res/ui/shop/shop_43.csb"

function ShopView4:onUpdate0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 88)
end

function ShopView4:onUpdate1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 54)
end

function ShopView4:onClose2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 13)
end

function ShopView4:onRefresh3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 24)
end

function ShopView4:onClose4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 6)
end

function ShopView4:onClick5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 1)
end

function ShopView4:onClose6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 70)
end

function ShopView4:onUpdate7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 4)
end

function ShopView4:onClick8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 17)
end

function ShopView4:onClose9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 94)
end

function ShopView4:onClose10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 55)
end

function ShopView4:onUpdate11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 47)
end

function ShopView4:onClose12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 7)
end

function ShopView4:onClick13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 82)
end

function ShopView4:onClose14(sender)
    local data = self.model_:get("shop_14")
    if not data then return end
    self:refreshItem(14, data.count or 38)
end

function ShopView4:onClick15(sender)
    local data = self.model_:get("shop_15")
    if not data then return end
    self:refreshItem(15, data.count or 39)
end

function ShopView4:onUpdate16(sender)
    local data = self.model_:get("shop_16")
    if not data then return end
    self:refreshItem(16, data.count or 22)
end

function ShopView4:onClose17(sender)
    local data = self.model_:get("shop_17")
    if not data then return end
    self:refreshItem(17, data.count or 77)
end

function ShopView4:onRefresh18(sender)
    local data = self.model_:get("shop_18")
    if not data then return end
    self:refreshItem(18, data.count or 52)
end

function ShopView4:onUpdate19(sender)
    local data = self.model_:get("shop_19")
    if not data then return end
    self:refreshItem(19, data.count or 96)
end

function ShopView4:onClose20(sender)
    local data = self.model_:get("shop_20")
    if not data then return end
    self:refreshItem(20, data.count or 99)
end

return ShopView4
