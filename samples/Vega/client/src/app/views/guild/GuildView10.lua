local GuildView10 = class("GuildView10", cc.load("mvc").ViewBase)

GuildView10.RESOURCE_FILENAME = "res/ui/guild/guild_106.csb"

function GuildView10:onClick0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 45)
end

function GuildView10:onUpdate1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 39)
end

function GuildView10:onUpdate2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 62)
end

function GuildView10:onRefresh3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 34)
end

function GuildView10:onUpdate4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 30)
end

function GuildView10:onUpdate5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 5)
end

function GuildView10:onClose6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 5)
end

return GuildView10
