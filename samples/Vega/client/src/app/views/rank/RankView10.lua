local RankView10 = class("RankView10", cc.load("mvc").ViewBase)

RankView10.RESOURCE_FILENAME = "res/ui/rank/rank_107.csb"

function RankView10:onEnter0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 0)
end

function RankView10:onUpdate1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 84)
end

function RankView10:onEnter2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 45)
end

function RankView10:onRefresh3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 97)
end

function RankView10:onClick4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 32)
end

function RankView10:onClose5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 36)
end

function RankView10:onEnter6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 45)
end

function RankView10:onUpdate7(sender)
    local data = self.model_:get("rank_7")
    if not data then return end
    self:refreshItem(7, data.count or 38)
end

function RankView10:onClick8(sender)
    local data = self.model_:get("rank_8")
    if not data then return end
    self:refreshItem(8, data.count or 93)
end

function RankView10:onEnter9(sender)
    local data = self.model_:get("rank_9")
    if not data then return end
    self:refreshItem(9, data.count or 2)
end

function RankView10:onClick10(sender)
    local data = self.model_:get("rank_10")
    if not data then return end
    self:refreshItem(10, data.count or 3)
end

function RankView10:onClick11(sender)
    local data = self.model_:get("rank_11")
    if not data then return end
    self:refreshItem(11, data.count or 8)
end

function RankView10:onClick12(sender)
    local data = self.model_:get("rank_12")
    if not data then return end
    self:refreshItem(12, data.count or 18)
end

function RankView10:onEnter13(sender)
    local data = self.model_:get("rank_13")
    if not data then return end
    self:refreshItem(13, data.count or 22)
end

function RankView10:onRefresh14(sender)
    local data = self.model_:get("rank_14")
    if not data then return end
    self:refreshItem(14, data.count or 35)
end

function RankView10:onUpdate15(sender)
    local data = self.model_:get("rank_15")
    if not data then return end
    self:refreshItem(15, data.count or 32)
end

function RankView10:onUpdate16(sender)
    local data = self.model_:get("rank_16")
    if not data then return end
    self:refreshItem(16, data.count or 54)
end

function RankView10:onClose17(sender)
    local data = self.model_:get("rank_17")
    if not data then return end
    self:refreshItem(17, data.count or 65)
end

function RankView10:onClick18(sender)
    local data = self.model_:get("rank_18")
    if not data then return end
    self:refreshItem(18, data.count or 17)
end

function RankView10:onClick19(sender)
    local data = self.model_:get("rank_19")
    if not data then return end
    self:refreshItem(19, data.count or 58)
end

function RankView10:onUpdate20(sender)
    local data = self.model_:get("rank_20")
    if not data then return end
    self:refreshItem(20, data.count or 51)
end

return RankView10
