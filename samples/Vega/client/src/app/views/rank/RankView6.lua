local RankView6 = class("RankView6", cc.load("mvc").ViewBase)

RankView6.RESOURCE_FILENAME = "res/ui/rank/rank_67.csb"

function RankView6:onUpdate0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 69)
end

function RankView6:onClick1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 78)
end

function RankView6:onUpdate2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 54)
end

function RankView6:onUpdate3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 33)
end

function RankView6:onEnter4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 64)
end

function RankView6:onUpdate5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 32)
end

function RankView6:onEnter6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 69)
end

return RankView6
