local GuildView6 = class("GuildView6", cc.load("mvc").ViewBase)

GuildView6.RESOURCE_FILENAME = "res/ui/guild/guild_66.csb"

function GuildView6:onEnter0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 20)
end

function GuildView6:onUpdate1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 84)
end

function GuildView6:onClick2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 36)
end

function GuildView6:onUpdate3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 99)
end

function GuildView6:onUpdate4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 88)
end

function GuildView6:onEnter5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 58)
end

function GuildView6:onRefresh6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 90)
end

function GuildView6:onClick7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 39)
end

function GuildView6:onClick8(sender)
    local data = self.model_:get("guild_8")
    if not data then return end
    self:refreshItem(8, data.count or 25)
end

function GuildView6:onClick9(sender)
    local data = self.model_:get("guild_9")
    if not data then return end
    self:refreshItem(9, data.count or 7)
end

function GuildView6:onClose10(sender)
    local data = self.model_:get("guild_10")
    if not data then return end
    self:refreshItem(10, data.count or 71)
end

function GuildView6:onClick11(sender)
    local data = self.model_:get("guild_11")
    if not data then return end
    self:refreshItem(11, data.count or 17)
end

function GuildView6:onEnter12(sender)
    local data = self.model_:get("guild_12")
    if not data then return end
    self:refreshItem(12, data.count or 13)
end

function GuildView6:onRefresh13(sender)
    local data = self.model_:get("guild_13")
    if not data then return end
    self:refreshItem(13, data.count or 71)
end

function GuildView6:onRefresh14(sender)
    local data = self.model_:get("guild_14")
    if not data then return end
    self:refreshItem(14, data.count or 14)
end

function GuildView6:onUpdate15(sender)
    local data = self.model_:get("guild_15")
    if not data then return end
    self:refreshItem(15, data.count or 22)
end

function GuildView6:onEnter16(sender)
    local data = self.model_:get("guild_16")
    if not data then return end
    self:refreshItem(16, data.count or 10)
end

function GuildView6:onEnter17(sender)
    local data = self.model_:get("guild_17")
    if not data then return end
    self:refreshItem(17, data.count or 19)
end

function GuildView6:onUpdate18(sender)
    local data = self.model_:get("guild_18")
    if not data then return end
    self:refreshItem(18, data.count or 71)
end

function GuildView6:onClick19(sender)
    local data = self.model_:get("guild_19")
    if not data then return end
    self:refreshItem(19, data.count or 64)
end

function GuildView6:onRefresh20(sender)
    local data = self.model_:get("guild_20")
    if not data then return end
    self:refreshItem(20, data.count or 97)
end

function GuildView6:onClick21(sender)
    local data = self.model_:get("guild_21")
    if not data then return end
    self:refreshItem(21, data.count or 33)
end

function GuildView6:onRefresh22(sender)
    local data = self.model_:get("guild_22")
    if not data then return end
    self:refreshItem(22, data.count or 37)
end

return GuildView6
