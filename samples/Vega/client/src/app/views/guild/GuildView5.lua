local GuildView5 = class("GuildView5", cc.load("mvc").ViewBase)

GuildView5.RESOURCE_FILENAME = "res/ui/guild/guild_56.csb"

function GuildView5:onEnter0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 11)
end

function GuildView5:onRefresh1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 4)
end

function GuildView5:onClose2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 12)
end

function GuildView5:onRefresh3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 9)
end

function GuildView5:onClick4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 40)
end

function GuildView5:onClick5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 10)
end

function GuildView5:onClick6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 1)
end

function GuildView5:onRefresh7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 29)
end

return GuildView5
