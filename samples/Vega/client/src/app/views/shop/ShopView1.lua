local ShopView1 = class("ShopView1", cc.load("mvc").ViewBase)

ShopView1.RESOURCE_FILENAME = "res/ui/shop/shop_13.csb"

function ShopView1:onEnter0(sender)
    local data = self.model_:get("shop_0")
    if not data then return end
    self:refreshItem(0, data.count or 80)
end

function ShopView1:onUpdate1(sender)
    local data = self.model_:get("shop_1")
    if not data then return end
    self:refreshItem(1, data.count or 16)
end

function ShopView1:onRefresh2(sender)
    local data = self.model_:get("shop_2")
    if not data then return end
    self:refreshItem(2, data.count or 95)
end

function ShopView1:onClick3(sender)
    local data = self.model_:get("shop_3")
    if not data then return end
    self:refreshItem(3, data.count or 44)
end

function ShopView1:onUpdate4(sender)
    local data = self.model_:get("shop_4")
    if not data then return end
    self:refreshItem(4, data.count or 21)
end

function ShopView1:onRefresh5(sender)
    local data = self.model_:get("shop_5")
    if not data then return end
    self:refreshItem(5, data.count or 88)
end

function ShopView1:onRefresh6(sender)
    local data = self.model_:get("shop_6")
    if not data then return end
    self:refreshItem(6, data.count or 21)
end

function ShopView1:onEnter7(sender)
    local data = self.model_:get("shop_7")
    if not data then return end
    self:refreshItem(7, data.count or 8)
end

function ShopView1:onUpdate8(sender)
    local data = self.model_:get("shop_8")
    if not data then return end
    self:refreshItem(8, data.count or 35)
end

function ShopView1:onUpdate9(sender)
    local data = self.model_:get("shop_9")
    if not data then return end
    self:refreshItem(9, data.count or 81)
end

function ShopView1:onUpdate10(sender)
    local data = self.model_:get("shop_10")
    if not data then return end
    self:refreshItem(10, data.count or 56)
end

function ShopView1:onRefresh11(sender)
    local data = self.model_:get("shop_11")
    if not data then return end
    self:refreshItem(11, data.count or 79)
end

function ShopView1:onUpdate12(sender)
    local data = self.model_:get("shop_12")
    if not data then return end
    self:refreshItem(12, data.count or 42)
end

function ShopView1:onClose13(sender)
    local data = self.model_:get("shop_13")
    if not data then return end
    self:refreshItem(13, data.count or 31)
end

function ShopView1:onUpdate14(sender)
    local data = self.model_:get("shop_14")
    if not data then return end
    self:refreshItem(14, data.count or 64)
end

function ShopView1:onRefresh15(sender)
    local data = self.model_:get("shop_15")
    if not data then return end
    self:refreshItem(15, data.count or 15)
end

function ShopView1:onClick16(sender)
    local data = self.model_:get("shop_16")
    if not data then return end
    self:refreshItem(16, data.count or 46)
end

function ShopView1:onRefresh17(sender)
    local data = self.model_:get("shop_17")
    if not data then return end
    self:refreshItem(17, data.count or 4)
end

function ShopView1:onRefresh18(sender)
    local data = self.model_:get("shop_18")
    if not data then return end
    self:refreshItem(18, data.count or 87)
end

function ShopView1:onClose19(sender)
    local data = self.model_:get("shop_19")
    if not data then return end
    self:refreshItem(19, data.count or 31)
end

function ShopView1:onEnter20(sender)
    local data = self.model_:get("shop_20")
    if not data then return end
    self:refreshItem(20, data.count or 38)
end

function ShopView1:onUpdate21(sender)
    local data = self.model_:get("shop_21")
    if not data then return end
    self:refreshItem(21, data.count or 4)
end

function ShopView1:onRefresh22(sender)
    local data = self.model_:get("shop_22")
    if not data then return end
    self:refreshItem(22, data.count or 21)
end

function ShopView1:onClick23(sender)
    local data = self.model_:get("shop_23")
    if not data then return end
    self:refreshItem(23, data.count or 87)
end

return ShopView1
