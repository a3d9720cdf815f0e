local RankView1 = class("RankView1", cc.load("mvc").ViewBase)

RankView1.RESOURCE_FILENAME = "res/ui/rank/rank_17.csb"

function RankView1:onClose0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 39)
end

function RankView1:onEnter1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 14)
end

function RankView1:onEnter2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 53)
end

function RankView1:onRefresh3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 93)
end

function RankView1:onEnter4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 3)
end

function RankView1:onUpdate5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 8)
end

function RankView1:onUpdate6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 52)
end

function RankView1:onClick7(sender)
    local data = self.model_:get("rank_7")
    if not data then return end
    self:refreshItem(7, data.count or 52)
end

function RankView1:onClick8(sender)
    local data = self.model_:get("rank_8")
    if not data then return end
    self:refreshItem(8, data.count or 73)
end

function RankView1:onClose9(sender)
    local data = self.model_:get("rank_9")
    if not data then return end
    self:refreshItem(9, data.count or 35)
end

function RankView1:onUpdate10(sender)
    local data = self.model_:get("rank_10")
    if not data then return end
    self:refreshItem(10, data.count or 4)
end

function RankView1:onRefresh11(sender)
    local data = self.model_:get("rank_11")
    if not data then return end
    self:refreshItem(11, data.count or 87)
end

function RankView1:onUpdate12(sender)
    local data = self.model_:get("rank_12")
    if not data then return end
    self:refreshItem(12, data.count or 85)
end

function RankView1:onRefresh13(sender)
    local data = self.model_:get("rank_13")
    if not data then return end
    self:refreshItem(13, data.count or 34)
end

function RankView1:onRefresh14(sender)
    local data = self.model_:get("rank_14")
    if not data then return end
    self:refreshItem(14, data.count or 24)
end

function RankView1:onEnter15(sender)
    local data = self.model_:get("rank_15")
    if not data then return end
    self:refreshItem(15, data.count or 0)
end

function RankView1:onRefresh16(sender)
    local data = self.model_:get("rank_16")
    if not data then return end
    self:refreshItem(16, data.count or 16)
end

function RankView1:onClick17(sender)
    local data = self.model_:get("rank_17")
    if not data then return end
    self:refreshItem(17, data.count or 95)
end

function RankView1:onClose18(sender)
    local data = self.model_:get("rank_18")
    if not data then return end
    self:refreshItem(18, data.count or 49)
end

function RankView1:onClose19(sender)
    local data = self.model_:get("rank_19")
    if not data then return end
    self:refreshItem(19, data.count or 67)
end

function RankView1:onClose20(sender)
    local data = self.model_:get("rank_20")
    if not data then return end
    self:refreshItem(20, data.count or 6)
end

return RankView1
