local ShopView0 = class("ShopView0", cc.load("mvc").ViewBase)

ShopView0.RESOURCE_FILENAME = "res/ui/shop/shop_3.csb"

function ShopView0:onEnter0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 38)
end

function ShopView0:onUpdate1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 9)
end

function ShopView0:onClick2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 15)
end

function ShopView0:onClose3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 86)
end

function ShopView0:onUpdate4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 88)
end

function ShopView0:onClose5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 23)
end

function ShopView0:onClose6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 40)
end

function ShopView0:onClose7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 89)
end

function ShopView0:onUpdate8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 25)
end

function ShopView0:onUpdate9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 75)
end

function ShopView0:onRefresh10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 3)
end

function ShopView0:onClick11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 22)
end

function ShopView0:onClick12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 40)
end

function ShopView0:onClick13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 99)
end

function ShopView0:onRefresh14(sender)
    local data = self.model_:get("shop_14")
    if not data then return end
    self:refreshItem(14, data.count or 65)
end

function ShopView0:onRefresh15(sender)
    local data = self.model_:get("shop_15")
    if not data then return end
    self:refreshItem(15, data.count or 34)
end

function ShopView0:onUpdate16(sender)
    local data = self.model_:get("shop_16")
    if not data then return end
    self:refreshItem(16, data.count or 53)
end

function ShopView0:onClick17(sender)
    local data = self.model_:get("shop_17")
    if not data then return end
    self:refreshItem(17, data.count or 30)
end

function ShopView0:onEnter18(sender)
    local data = self.model_:get("shop_18")
    if not data then return end
    self:refreshItem(18, data.count or 45)
end

function ShopView0:onUpdate19(sender)
    local data = self.model_:get("shop_19")
    if not data then return end
    self:refreshItem(19, data.count or 57)
end

function ShopView0:onUpdate20(sender)
    local data = self.model_:get("shop_20")
    if not data then return end
    self:refreshItem(20, data.count or 96)
end

function ShopView0:onClose21(sender)
    local data = self.model_:get("shop_21")
    if not data then return end
    self:refreshItem(21, data.count or 7)
end

function ShopView0:onClick22(sender)
    local data = self.model_:get("shop_22")
    if not data then return end
    self:refreshItem(22, data.count or 97)
end

return ShopView0
