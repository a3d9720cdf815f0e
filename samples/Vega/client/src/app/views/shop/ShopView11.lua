local ShopView11 = class("ShopView11", cc.load("mvc").ViewBase)

ShopView11.RESOURCE_FILENAME = "res/ui/shop/shop_113.csb"

function ShopView11:onRefresh0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 76)
end

function ShopView11:onUpdate1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 46)
end

function ShopView11:onClose2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 52)
end

function ShopView11:onRefresh3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 53)
end

function ShopView11:onClick4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 21)
end

function ShopView11:onClick5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 58)
end

function ShopView11:onEnter6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 0)
end

function ShopView11:onRefresh7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 7)
end

function ShopView11:onClose8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 6)
end

function ShopView11:onUpdate9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 25)
end

function ShopView11:onUpdate10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 60)
end

function ShopView11:onUpdate11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 55)
end

function ShopView11:onClose12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 42)
end

function ShopView11:onEnter13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 47)
end

function ShopView11:onRefresh14(sender)
    local data = self.model_:get("shop_14")
    if not data then return end
    self:refreshItem(14, data.count or 77)
end

function ShopView11:onUpdate15(sender)
    local data = self.model_:get("shop_15")
    if not data then return end
    self:refreshItem(15, data.count or 57)
end

function ShopView11:onClick16(sender)
    local data = self.model_:get("shop_16")
    if not data then return end
    self:refreshItem(16, data.count or 27)
end

function ShopView11:onClose17(sender)
    local data = self.model_:get("shop_17")
    if not data then return end
    self:refreshItem(17, data.count or 49)
end

return ShopView11
