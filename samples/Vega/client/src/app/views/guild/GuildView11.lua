local GuildView11 = class("GuildView11", cc.load("mvc").ViewBase)

GuildView11.RESOURCE_FILENAME = "res/ui/guild/guild_116.csb"

function GuildView11:onRefresh0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 41)
end

function GuildView11:onEnter1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 89)
end

function GuildView11:onUpdate2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 20)
end

function GuildView11:onEnter3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 84)
end

function GuildView11:onRefresh4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 29)
end

function GuildView11:onRefresh5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 30)
end

function GuildView11:onClick6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 75)
end

function GuildView11:onUpdate7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 53)
end

function GuildView11:onEnter8(sender)
    local data = self.model_:get("guild_8")
    if not data then return end
    self:refreshItem(8, data.count or 30)
end

return GuildView11
