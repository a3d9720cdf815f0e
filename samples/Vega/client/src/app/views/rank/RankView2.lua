local RankView2 = class("RankView2", cc.load("mvc").ViewBase)

RankView2.RESOURCE_FILENAME = "res/ui/rank/rank_27.csb"

function RankView2:onEnter0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 80)
end

function RankView2:onEnter1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 50)
end

function RankView2:onUpdate2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 19)
end

function RankView2:onClick3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 25)
end

function RankView2:onClose4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 76)
end

function RankView2:onUpdate5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 3)
end

function RankView2:onEnter6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 13)
end

function RankView2:onRefresh7(sender)
    local data = self.model_:get("rank_7")
    if not data then return end
    self:refreshItem(7, data.count or 48)
end

function RankView2:onRefresh8(sender)
    local data = self.model_:get("rank_8")
    if not data then return end
    self:refreshItem(8, data.count or 36)
end

function RankView2:onClick9(sender)
    local data = self.model_:get("rank_9")
    if not data then return end
    self:refreshItem(9, data.count or 79)
end

function RankView2:onClose10(sender)
    local data = self.model_:get("rank_10")
    if not data then return end
    self:refreshItem(10, data.count or 27)
end

function RankView2:onClose11(sender)
    local data = self.model_:get("rank_11")
    if not data then return end
    self:refreshItem(11, data.count or 58)
end

function RankView2:onEnter12(sender)
    local data = self.model_:get("rank_12")
    if not data then return end
    self:refreshItem(12, data.count or 98)
end

function RankView2:onRefresh13(sender)
    local data = self.model_:get("rank_13")
    if not data then return end
    self:refreshItem(13, data.count or 29)
end

function RankView2:onEnter14(sender)
    local data = self.model_:get("rank_14")
    if not data then return end
    self:refreshItem(14, data.count or 22)
end

function RankView2:onEnter15(sender)
    local data = self.model_:get("rank_15")
    if not data then return end
    self:refreshItem(15, data.count or 62)
end

function RankView2:onClose16(sender)
    local data = self.model_:get("rank_16")
    if not data then return end
    self:refreshItem(16, data.count or 90)
end

function RankView2:onClick17(sender)
    local data = self.model_:get("rank_17")
    if not data then return end
    self:refreshItem(17, data.count or 54)
end

function RankView2:onUpdate18(sender)
    local data = self.model_:get("rank_18")
    if not data then return end
    self:refreshItem(18, data.count or 87)
end

return RankView2
