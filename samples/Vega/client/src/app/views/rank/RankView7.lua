local RankView7 = class("RankView7", cc.load("mvc").ViewBase)

RankView7.RESOURCE_FILENAME = "res/ui/rank/rank_77.csb"

function RankView7:onRefresh0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 96)
end

function RankView7:onUpdate1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 31)
end

function RankView7:onEnter2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 3)
end

function RankView7:onEnter3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 51)
end

function RankView7:onUpdate4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 67)
end

function RankView7:onRefresh5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 47)
end

function RankView7:onRefresh6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 50)
end

function RankView7:onRefresh7(sender)
    local data = self.model_:get("rank_7")
    if not data then return end
    self:refreshItem(7, data.count or 33)
end

function RankView7:onClose8(sender)
    local data = self.model_:get("rank_8")
    if not data then return end
    self:refreshItem(8, data.count or 26)
end

function RankView7:onEnter9(sender)
    local data = self.model_:get("rank_9")
    if not data then return end
    self:refreshItem(9, data.count or 97)
end

function RankView7:onEnter10(sender)
    local data = self.model_:get("rank_10")
    if not data then return end
    self:refreshItem(10, data.count or 31)
end

function RankView7:onRefresh11(sender)
    local data = self.model_:get("rank_11")
    if not data then return end
    self:refreshItem(11, data.count or 90)
end

function RankView7:onRefresh12(sender)
    local data = self.model_:get("rank_12")
    if not data then return end
    self:refreshItem(12, data.count or 75)
end

function RankView7:onRefresh13(sender)
    local data = self.model_:get("rank_13")
    if not data then return end
    self:refreshItem(13, data.count or 57)
end

function RankView7:onClick14(sender)
    local data = self.model_:get("rank_14")
    if not data then return end
    self:refreshItem(14, data.count or 9)
end

function RankView7:onUpdate15(sender)
    local data = self.model_:get("rank_15")
    if not data then return end
    self:refreshItem(15, data.count or 39)
end

function RankView7:onClick16(sender)
    local data = self.model_:get("rank_16")
    if not data then return end
    self:refreshItem(16, data.count or 72)
end

function RankView7:onEnter17(sender)
    local data = self.model_:get("rank_17")
    if not data then return end
    self:refreshItem(17, data.count or 73)
end

function RankView7:onEnter18(sender)
    local data = self.model_:get("rank_18")
    if not data then return end
    self:refreshItem(18, data.count or 32)
end

function RankView7:onClose19(sender)
    local data = self.model_:get("rank_19")
    if not data then return end
    self:refreshItem(19, data.count or 64)
end

return RankView7
