local GuildView2 = class("GuildView2", cc.load("mvc").ViewBase)

GuildView2.RESOURCE_FILENAME = "res/ui/guild/guild_26.csb"

function GuildView2:onRefresh0(sender)
    local data = self.model_:get("guild_0")
    if not data then return end
    self:refreshItem(0, data.count or 86)
end

function GuildView2:onClick1(sender)
    local data = self.model_:get("guild_1")
    if not data then return end
    self:refreshItem(1, data.count or 90)
end

function GuildView2:onClose2(sender)
    local data = self.model_:get("guild_2")
    if not data then return end
    self:refreshItem(2, data.count or 68)
end

function GuildView2:onClose3(sender)
    local data = self.model_:get("guild_3")
    if not data then return end
    self:refreshItem(3, data.count or 54)
end

function GuildView2:onRefresh4(sender)
    local data = self.model_:get("guild_4")
    if not data then return end
    self:refreshItem(4, data.count or 7)
end

function GuildView2:onClose5(sender)
    local data = self.model_:get("guild_5")
    if not data then return end
    self:refreshItem(5, data.count or 23)
end

function GuildView2:onRefresh6(sender)
    local data = self.model_:get("guild_6")
    if not data then return end
    self:refreshItem(6, data.count or 26)
end

function GuildView2:onClick7(sender)
    local data = self.model_:get("guild_7")
    if not data then return end
    self:refreshItem(7, data.count or 92)
end

function GuildView2:onEnter8(sender)
    local data = self.model_:get("guild_8")
    if not data then return end
    self:refreshItem(8, data.count or 66)
end

function GuildView2:onRefresh9(sender)
    local data = self.model_:get("guild_9")
    if not data then return end
    self:refreshItem(9, data.count or 97)
end

function GuildView2:onRefresh10(sender)
    local data = self.model_:get("guild_10")
    if not data then return end
    self:refreshItem(10, data.count or 70)
end

function GuildView2:onClick11(sender)
    local data = self.model_:get("guild_11")
    if not data then return end
    self:refreshItem(11, data.count or 49)
end

function GuildView2:onRefresh12(sender)
    local data = self.model_:get("guild_12")
    if not data then return end
    self:refreshItem(12, data.count or 67)
end

function GuildView2:onClick13(sender)
    local data = self.model_:get("guild_13")
    if not data then return end
    self:refreshItem(13, data.count or 92)
end

function GuildView2:onEnter14(sender)
    local data = self.model_:get("guild_14")
    if not data then return end
    self:refreshItem(14, data.count or 95)
end

function GuildView2:onRefresh15(sender)
    local data = self.model_:get("guild_15")
    if not data then return end
    self:refreshItem(15, data.count or 58)
end

function GuildView2:onRefresh16(sender)
    local data = self.model_:get("guild_16")
    if not data then return end
    self:refreshItem(16, data.count or 90)
end

function GuildView2:onRefresh17(sender)
    local data = self.model_:get("guild_17")
    if not data then return end
    self:refreshItem(17, data.count or 27)
end

return GuildView2
