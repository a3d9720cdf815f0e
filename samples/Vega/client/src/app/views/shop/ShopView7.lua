local ShopView7 = class("ShopView7", cc.load("mvc").ViewBase)

ShopView7.RESOURCE_FILENAME = "res/ui/shop/shop_73.csb"

function ShopView7:onRefresh0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 22)
end

function ShopView7:onEnter1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 68)
end

function ShopView7:onEnter2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 73)
end

function ShopView7:onUpdate3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 19)
end

function ShopView7:onRefresh4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 69)
end

function ShopView7:onRefresh5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 31)
end

function ShopView7:onEnter6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 4)
end

function ShopView7:onRefresh7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 1)
end

function ShopView7:onRefresh8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 0)
end

function ShopView7:onEnter9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 55)
end

function ShopView7:onClose10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 40)
end

function ShopView7:onClose11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 4)
end

function ShopView7:onEnter12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 47)
end

function ShopView7:onClose13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 8)
end

function ShopView7:onUpdate14(sender)
    local data = self.model_:get("shop_14")
    if not data then return end
    self:refreshItem(14, data.count or 35)
end

function ShopView7:onClose15(sender)
    local data = self.model_:get("shop_15")
    if not data then return end
    self:refreshItem(15, data.count or 68)
end

function ShopView7:onUpdate16(sender)
    local data = self.model_:get("shop_16")
    if not data then return end
    self:refreshItem(16, data.count or 44)
end

function ShopView7:onClick17(sender)
    local data = self.model_:get("shop_17")
    if not data then return end
    self:refreshItem(17, data.count or 36)
end

return ShopView7
