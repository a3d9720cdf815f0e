local RankView4 = class("RankView4", cc.load("mvc").ViewBase)

RankView4.RESOURCE_FILENAME = "res/ui/rank/rank_47.csb"

function RankView4:onClick0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 95)
end

function RankView4:onClose1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 90)
end

function RankView4:onClick2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 8)
end

function RankView4:onClick3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 99)
end

function RankView4:onUpdate4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 31)
end

function RankView4:onRefresh5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 47)
end

function RankView4:onEnter6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 69)
end

function RankView4:onClick7(sender)
    local data = self.model_:get("rank_7")
    if not data then return end
    self:refreshItem(7, data.count or 16)
end

function RankView4:onRefresh8(sender)
    local data = self.model_:get("rank_8")
    if not data then return end
    self:refreshItem(8, data.count or 42)
end

function RankView4:onClick9(sender)
    local data = self.model_:get("rank_9")
    if not data then return end
    self:refreshItem(9, data.count or 83)
end

function RankView4:onClick10(sender)
    local data = self.model_:get("rank_10")
    if not data then return end
    self:refreshItem(10, data.count or 33)
end

function RankView4:onRefresh11(sender)
    local data = self.model_:get("rank_11")
    if not data then return end
    self:refreshItem(11, data.count or 60)
end

function RankView4:onEnter12(sender)
    local data = self.model_:get("rank_12")
    if not data then return end
    self:refreshItem(12, data.count or 32)
end

function RankView4:onClick13(sender)
    local data = self.model_:get("rank_13")
    if not data then return end
    self:refreshItem(13, data.count or 27)
end

function RankView4:onClose14(sender)
    local data = self.model_:get("rank_14")
    if not data then return end
    self:refreshItem(14, data.count or 22)
end

function RankView4:onClick15(sender)
    local data = self.model_:get("rank_15")
    if not data then return end
    self:refreshItem(15, data.count or 22)
end

function RankView4:onEnter16(sender)
    local data = self.model_:get("rank_16")
    if not data then return end
    self:refreshItem(16, data.count or 77)
end

return RankView4
