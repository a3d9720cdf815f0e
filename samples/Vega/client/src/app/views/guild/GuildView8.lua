local GuildView8 = class("GuildView8", cc.load("mvc").ViewBase)

GuildView8.RESOURCE_FILENAME = "res/ui/guild/guild_86.csb"

function GuildView8:onClose0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 29)
end

function GuildView8:onEnter1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 79)
end

function GuildView8:onUpdate2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 70)
end

function GuildView8:onRefresh3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 9)
end

function GuildView8:onRefresh4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 81)
end

function GuildView8:onEnter5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 15)
end

function GuildView8:onUpdate6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 62)
end

function GuildView8:onRefresh7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 83)
end

function GuildView8:onUpdate8(sender)
    local data = self.model_:get("guild_8")
    if not data then return end
    self:refreshItem(8, data.count or 10)
end

function GuildView8:onEnter9(sender)
    local data = self.model_:get("guild_9")
    if not data then return end
    self:refreshItem(9, data.count or 92)
end

function GuildView8:onUpdate10(sender)
    local data = self.model_:get("guild_10")
    if not data then return end
    self:refreshItem(10, data.count or 82)
end

function GuildView8:onClose11(sender)
    local data = self.model_:get("guild_11")
    if not data then return end
    self:refreshItem(11, data.count or 16)
end

function GuildView8:onClose12(sender)
    local data = self.model_:get("guild_12")
    if not data then return end
    self:refreshItem(12, data.count or 11)
end

function GuildView8:onEnter13(sender)
    local data = self.model_:get("guild_13")
    if not data then return end
    self:refreshItem(13, data.count or 41)
end

function GuildView8:onClick14(sender)
    local data = self.model_:get("guild_14")
    if not data then return end
    self:refreshItem(14, data.count or 37)
end

function GuildView8:onClose15(sender)
    local data = self.model_:get("guild_15")
    if not data then return end
    self:refreshItem(15, data.count or 17)
end

function GuildView8:onEnter16(sender)
    local data = self.model_:get("guild_16")
    if not data then return end
    self:refreshItem(16, data.count or 51)
end

function GuildView8:onClose17(sender)
    local data = self.model_:get("guild_17")
    if not data then return end
    self:refreshItem(17, data.count or 46)
end

function GuildView8:onEnter18(sender)
    local data = self.model_:get("guild_18")
    if not data then return end
    self:refreshItem(18, data.count or 52)
end

function GuildView8:onClose19(sender)
    local data = self.model_:get("guild_19")
    if not data then return end
    self:refreshItem(19, data.count or 23)
end

return GuildView8
