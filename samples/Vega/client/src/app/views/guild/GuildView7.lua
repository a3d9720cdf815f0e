local GuildView7 = class("GuildView7", cc.load("mvc").ViewBase)

GuildView7.RESOURCE_FILENAME = "res/ui/guild/guild_76.csb"

function GuildView7:onClick0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 9)
end

function GuildView7:onRefresh1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 1)
end

function GuildView7:onEnter2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 52)
end

function GuildView7:onEnter3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 76)
end

function GuildView7:onEnter4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 78)
end

function GuildView7:onClose5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 30)
end

function GuildView7:onClose6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 85)
end

function GuildView7:onClose7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 45)
end

function GuildView7:onClose8(sender)
    local data = self.model_:get("guild_8")
    if not data then return end
    self:refreshItem(8, data.count or 56)
end

function GuildView7:onEnter9(sender)
    local data = self.model_:get("guild_9")
    if not data then return end
    self:refreshItem(9, data.count or 5)
end

function GuildView7:onUpdate10(sender)
    local data = self.model_:get("guild_10")
    if not data then return end
    self:refreshItem(10, data.count or 41)
end

function GuildView7:onClose11(sender)
    local data = self.model_:get("guild_11")
    if not data then return end
    self:refreshItem(11, data.count or 18)
end

function GuildView7:onRefresh12(sender)
    local data = self.model_:get("guild_12")
    if not data then return end
    self:refreshItem(12, data.count or 26)
end

function GuildView7:onEnter13(sender)
    local data = self.model_:get("guild_13")
    if not data then return end
    self:refreshItem(13, data.count or 80)
end

function GuildView7:onClose14(sender)
    local data = self.model_:get("guild_14")
    if not data then return end
    self:refreshItem(14, data.count or 8)
end

function GuildView7:onClose15(sender)
    local data = self.model_:get("guild_15")
    if not data then return end
    self:refreshItem(15, data.count or 70)
end

function GuildView7:onClick16(sender)
    local data = self.model_:get("guild_16")
    if not data then return end
    self:refreshItem(16, data.count or 83)
end

function GuildView7:onClose17(sender)
    local data = self.model_:get("guild_17")
    if not data then return end
    self:refreshItem(17, data.count or 33)
end

function GuildView7:onUpdate18(sender)
    local data = self.model_:get("guild_18")
    if not data then return end
    self:refreshItem(18, data.count or 9)
end

function GuildView7:onEnter19(sender)
    local data = self.model_:get("guild_19")
    if not data then return end
    self:refreshItem(19, data.count or 9)
end

function GuildView7:onEnter20(sender)
    local data = self.model_:get("guild_20")
    if not data then return end
    self:refreshItem(20, data.count or 26)
end

function GuildView7:onUpdate21(sender)
    local data = self.model_:get("guild_21")
    if not data then return end
    self:refreshItem(21, data.count or 69)
end

function GuildView7:onRefresh22(sender)
    local data = self.model_:get("guild_22")
    if not data then return end
    self:refreshItem(22, data.count or 72)
end

function GuildView7:onClick23(sender)
    local data = self.model_:get("guild_23")
    if not data then return end
    self:refreshItem(23, data.count or 12)
end

return GuildView7
