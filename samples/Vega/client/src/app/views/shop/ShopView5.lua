local ShopView5 = class("ShopView5", cc.load("mvc").ViewBase)

ShopView5.RESOURCE_FILENAME = "res/ui/shop/shop_53.csb"

function ShopView5:onRefresh0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 82)
end

function ShopView5:onClick1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 40)
end

function ShopView5:onClose2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 76)
end

function ShopView5:onUpdate3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 11)
end

function ShopView5:onEnter4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 84)
end

function ShopView5:onRefresh5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 0)
end

function ShopView5:onEnter6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 39)
end

function ShopView5:onRefresh7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 10)
end

function ShopView5:onEnter8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 90)
end

function ShopView5:onUpdate9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 78)
end

function ShopView5:onEnter10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 30)
end

function ShopView5:onRefresh11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 84)
end

function ShopView5:onEnter12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 33)
end

function ShopView5:onRefresh13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 30)
end

function ShopView5:onRefresh14(sender)
    local data = self.model_:get("shop_14")
    if not data then return end
    self:refreshItem(14, data.count or 41)
end

function ShopView5:onEnter15(sender)
    local data = self.model_:get("shop_15")
    if not data then return end
    self:refreshItem(15, data.count or 84)
end

function ShopView5:onUpdate16(sender)
    local data = self.model_:get("shop_16")
    if not data then return end
    self:refreshItem(16, data.count or 39)
end

function ShopView5:onUpdate17(sender)
    local data = self.model_:get("shop_17")
    if not data then return end
    self:refreshItem(17, data.count or 80)
end

function ShopView5:onClose18(sender)
    local data = self.model_:get("shop_18")
    if not data then return end
    self:refreshItem(18, data.count or 76)
end

function ShopView5:onClose19(sender)
    local data = self.model_:get("shop_19")
    if not data then return end
    self:refreshItem(19, data.count or 53)
end

function ShopView5:onEnter20(sender)
    local data = self.model_:get("shop_20")
    if not data then return end
    self:refreshItem(20, data.count or 34)
end

return ShopView5
