local RankView8 = class("RankView8", cc.load("mvc").ViewBase)

RankView8.RESOURCE_FILENAME = "res/ui/rank/rank_87.csb"

function RankView8:onClick0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 67)
end

function RankView8:onClick1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 79)
end

function RankView8:onEnter2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 93)
end

function RankView8:onEnter3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 6)
end

function RankView8:onClick4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 4)
end

function RankView8:onClose5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 2)
end

function RankView8:onRefresh6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 13)
end

function RankView8:onRefresh7(sender)
    local data = self.model_:get("rank_7")
    if not data then return end
    self:refreshItem(7, data.count or 80)
end

function RankView8:onClose8(sender)
    local data = self.model_:get("rank_8")
    if not data then return end
    self:refreshItem(8, data.count or 7)
end

function RankView8:onClick9(sender)
    local data = self.model_:get("rank_9")
    if not data then return end
    self:refreshItem(9, data.count or 90)
end

function RankView8:onUpdate10(sender)
    local data = self.model_:get("rank_10")
    if not data then return end
    self:refreshItem(10, data.count or 2)
end

function RankView8:onClick11(sender)
    local data = self.model_:get("rank_11")
    if not data then return end
    self:refreshItem(11, data.count or 66)
end

function RankView8:onEnter12(sender)
    local data = self.model_:get("rank_12")
    if not data then return end
    self:refreshItem(12, data.count or 57)
end

function RankView8:onRefresh13(sender)
    local data = self.model_:get("rank_13")
    if not data then return end
    self:refreshItem(13, data.count or 21)
end

function RankView8:onUpdate14(sender)
    local data = self.model_:get("rank_14")
    if not data then return end
    self:refreshItem(14, data.count or 96)
end

function RankView8:onEnter15(sender)
    local data = self.model_:get("rank_15")
    if not data then return end
    self:refreshItem(15, data.count or 2)
end

function RankView8:onUpdate16(sender)
    local data = self.model_:get("rank_16")
    if not data then return end
    self:refreshItem(16, data.count or 12)
end

function RankView8:onClose17(sender)
    local data = self.model_:get("rank_17")
    if not data then return end
    self:refreshItem(17, data.count or 26)
end

function RankView8:onUpdate18(sender)
    local data = self.model_:get("rank_18")
    if not data then return end
    self:refreshItem(18, data.count or 42)
end

return RankView8
