local ShopView9 = class("ShopView9", cc.load("mvc").ViewBase)

ShopView9.RESOURCE_FILENAME = "res/ui/shop/shop_93.csb"

function ShopView9:onRefresh0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 94)
end

function ShopView9:onEnter1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 60)
end

function ShopView9:onUpdate2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 82)
end

function ShopView9:onClose3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 50)
end

function ShopView9:onClick4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 42)
end

function ShopView9:onRefresh5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 97)
end

function ShopView9:onEnter6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 60)
end

function ShopView9:onClose7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 73)
end

return ShopView9
