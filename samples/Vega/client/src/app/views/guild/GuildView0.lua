local GuildView0 = class("GuildView0", cc.load("mvc").ViewBase)

GuildView0.RESOURCE_FILENAME = "res/ui/guild/guild_6.csb"

function GuildView0:onClose0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 87)
end

function GuildView0:onUpdate1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 83)
end

function GuildView0:onUpdate2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 60)
end

function GuildView0:onUpdate3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 53)
end

function GuildView0:onUpdate4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 40)
end

function GuildView0:onClose5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 81)
end

function GuildView0:onClick6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 85)
end

function GuildView0:onClose7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 15)
end

function GuildView0:onRefresh8(sender)
    local data = self.model_:get("guild_8")
    if not data then return end
    self:refreshItem(8, data.count or 90)
end

function GuildView0:onClick9(sender)
    local data = self.model_:get("guild_9")
    if not data then return end
    self:refreshItem(9, data.count or 3)
end

function GuildView0:onRefresh10(sender)
    local data = self.model_:get("guild_10")
    if not data then return end
    self:refreshItem(10, data.count or 72)
end

function GuildView0:onClick11(sender)
    local data = self.model_:get("guild_11")
    if not data then return end
    self:refreshItem(11, data.count or 50)
end

function GuildView0:onClose12(sender)
    local data = self.model_:get("guild_12")
    if not data then return end
    self:refreshItem(12, data.count or 56)
end

function GuildView0:onClose13(sender)
    local data = self.model_:get("guild_13")
    if not data then return end
    self:refreshItem(13, data.count or 21)
end

function GuildView0:onUpdate14(sender)
    local data = self.model_:get("guild_14")
    if not data then return end
    self:refreshItem(14, data.count or 20)
end

function GuildView0:onClose15(sender)
    local data = self.model_:get("guild_15")
    if not data then return end
    self:refreshItem(15, data.count or 49)
end

return GuildView0
