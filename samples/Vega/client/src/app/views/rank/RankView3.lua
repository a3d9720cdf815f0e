local RankView3 = class("RankView3", cc.load("mvc").ViewBase)

RankView3.RESOURCE_FILENAME = "res/ui/rank/rank_37.csb"

function RankView3:onClick0(sender)
    local data = self.model_:get("rank_0")
    if not data then return end
    self:refreshItem(0, data.count or 55)
end

function RankView3:onClick1(sender)
    local data = self.model_:get("rank_1")
    if not data then return end
    self:refreshItem(1, data.count or 20)
end

function RankView3:onRefresh2(sender)
    local data = self.model_:get("rank_2")
    if not data then return end
    self:refreshItem(2, data.count or 82)
end

function RankView3:onClick3(sender)
    local data = self.model_:get("rank_3")
    if not data then return end
    self:refreshItem(3, data.count or 93)
end

function RankView3:onEnter4(sender)
    local data = self.model_:get("rank_4")
    if not data then return end
    self:refreshItem(4, data.count or 42)
end

function RankView3:onRefresh5(sender)
    local data = self.model_:get("rank_5")
    if not data then return end
    self:refreshItem(5, data.count or 83)
end

function RankView3:onClose6(sender)
    local data = self.model_:get("rank_6")
    if not data then return end
    self:refreshItem(6, data.count or 97)
end

function RankView3:onUpdate7(sender)
    local data = self.model_:get("rank_7")
    if not data then return end
    self:refreshItem(7, data.count or 86)
end

return RankView3
