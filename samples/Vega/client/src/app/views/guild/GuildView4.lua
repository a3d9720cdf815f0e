local GuildView4 = class("GuildView4", cc.load("mvc").ViewBase)

GuildView4.RESOURCE_FILENAME = "res/ui/guild/guild_46.csb"

function GuildView4:onRefresh0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 25)
end

function GuildView4:onClose1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 94)
end

function GuildView4:onClose2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 59)
end

function GuildView4:onClick3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 62)
end

function GuildView4:onClick4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 38)
end

function GuildView4:onEnter5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 23)
end

function GuildView4:onClose6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 46)
end

function GuildView4:onRefresh7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 97)
end

return GuildView4
