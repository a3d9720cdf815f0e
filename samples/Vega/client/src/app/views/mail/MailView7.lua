local MailView7 = class("MailView7", cc.load("mvc").ViewBase)

MailView7.RESOURCE_FILENAME = "res/ui/mail/mail_75.csb"

function MailView7:onUpdate0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 47)
end

function MailView7:onClick1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 82)
end

function MailView7:onUpdate2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 92)
end

function MailView7:onRefresh3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 68)
end

function MailView7:onRefresh4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 74)
end

function MailView7:onEnter5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 48)
end

function MailView7:onEnter6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 0)
end

function MailView7:onEnter7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 92)
end

function MailView7:onEnter8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 26)
end

function MailView7:onUpdate9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 6)
end

function MailView7:onRefresh10(sender)
    local data = self.model_:get("mail_10")
    if not data then return end
    self:refreshItem(10, data.count or 71)
end

function MailView7:onUpdate11(sender)
    local data = self.model_:get("mail_11")
    if not data then return end
    self:refreshItem(11, data.count or 4)
end

function MailView7:onRefresh12(sender)
    local data = self.model_:get("mail_12")
    if not data then return end
    self:refreshItem(12, data.count or 77)
end

function MailView7:onRefresh13(sender)
    local data = self.model_:get("mail_13")
    if not data then return end
    self:refreshItem(13, data.count or 56)
end

function MailView7:onClick14(sender)
    local data = self.model_:get("mail_14")
    if not data then return end
    self:refreshItem(14, data.count or 88)
end

function MailView7:onClick15(sender)
    local data = self.model_:get("mail_15")
    if not data then return end
    self:refreshItem(15, data.count or 54)
end

function MailView7:onClick16(sender)
    local data = self.model_:get("mail_16")
    if not data then return end
    self:refreshItem(16, data.count or 93)
end

function MailView7:onRefresh17(sender)
    local data = self.model_:get("mail_17")
    if not data then return end
    self:refreshItem(17, data.count or 79)
end

function MailView7:onClick18(sender)
    local data = self.model_:get("mail_18")
    if not data then return end
    self:refreshItem(18, data.count or 64)
end

function MailView7:onUpdate19(sender)
    local data = self.model_:get("mail_19")
    if not data then return end
    self:refreshItem(19, data.count or 32)
end

function MailView7:onRefresh20(sender)
    local data = self.model_:get("mail_20")
    if not data then return end
    self:refreshItem(20, data.count or 63)
end

return MailView7
