local ShopView3 = class("ShopView3", cc.load("mvc").ViewBase)

ShopView3.RESOURCE_FILENAME = "res/ui/shop/shop_33.csb"

function ShopView3:onRefresh0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 74)
end

function ShopView3:onEnter1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 42)
end

function ShopView3:onUpdate2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 39)
end

function ShopView3:onRefresh3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 89)
end

function ShopView3:onUpdate4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 95)
end

function ShopView3:onClose5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 11)
end

function ShopView3:onClick6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 34)
end

function ShopView3:onClick7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 59)
end

function ShopView3:onClick8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 25)
end

function ShopView3:onRefresh9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 27)
end

function ShopView3:onRefresh10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 61)
end

function ShopView3:onRefresh11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 59)
end

function ShopView3:onClose12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 50)
end

function ShopView3:onClose13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 34)
end

return ShopView3
