local RankView9 = class("RankView9", cc.load("mvc").ViewBase)

RankView9.RESOURCE_FILENAME = "res/ui/rank/rank_97.csb"

function RankView9:onClose0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 43)
end

function RankView9:onEnter1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 29)
end

function RankView9:onClick2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 78)
end

function RankView9:onClose3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 33)
end

function RankView9:onEnter4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 93)
end

function RankView9:onUpdate5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 79)
end

function RankView9:onUpdate6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 79)
end

return RankView9
