local GuildView9 = class("GuildView9", cc.load("mvc").ViewBase)

GuildView9.RESOURCE_FILENAME = "res/ui/guild/guild_96.csb"

function GuildView9:onEnter0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 75)
end

function GuildView9:onUpdate1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 63)
end

function GuildView9:onRefresh2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 94)
end

function GuildView9:onEnter3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 17)
end

function GuildView9:onUpdate4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 3)
end

function GuildView9:onUpdate5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 93)
end

function GuildView9:onRefresh6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 75)
end

function GuildView9:onClick7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 99)
end

function GuildView9:onClick8(sender)
    local data = self.model_:get("guild_8")
    if not data then return end
    self:refreshItem(8, data.count or 85)
end

function GuildView9:onClose9(sender)
    local data = self.model_:get("guild_9")
    if not data then return end
    self:refreshItem(9, data.count or 6)
end

function GuildView9:onClose10(sender)
    local data = self.model_:get("guild_10")
    if not data then return end
    self:refreshItem(10, data.count or 34)
end

function GuildView9:onEnter11(sender)
    local data = self.model_:get("guild_11")
    if not data then return end
    self:refreshItem(11, data.count or 84)
end

function GuildView9:onEnter12(sender)
    local data = self.model_:get("guild_12")
    if not data then return end
    self:refreshItem(12, data.count or 55)
end

function GuildView9:onClick13(sender)
    local data = self.model_:get("guild_13")
    if not data then return end
    self:refreshItem(13, data.count or 30)
end

return GuildView9
