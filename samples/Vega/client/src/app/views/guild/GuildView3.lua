local GuildView3 = class("GuildView3", cc.load("mvc").ViewBase)

GuildView3.RESOURCE_FILENAME = "res/ui/guild/guild_36.csb"

function GuildView3:onUpdate0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 93)
end

function GuildView3:onClick1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 18)
end

function GuildView3:onRefresh2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 27)
end

function GuildView3:onRefresh3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 20)
end

function GuildView3:onEnter4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 96)
end

function GuildView3:onClick5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 77)
end

return GuildView3
