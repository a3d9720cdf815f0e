local GuildView1 = class("GuildView1", cc.load("mvc").ViewBase)

GuildView1.RESOURCE_FILENAME = "res/ui/guild/guild_16.csb"

function GuildView1:onClick0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 16)
end

function GuildView1:onEnter1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 52)
end

function GuildView1:onClick2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 3)
end

function GuildView1:onClick3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 25)
end

function GuildView1:onEnter4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 41)
end

function GuildView1:onUpdate5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 38)
end

function GuildView1:onUpdate6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 61)
end

return GuildView1
