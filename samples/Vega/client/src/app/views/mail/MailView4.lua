local MailView4 = class("MailView4", cc.load("mvc").ViewBase)

MailView4.RESOURCE_FILENAME = "res/ui/mail/mail_45.csb"

function MailView4:onEnter0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 67)
end

function MailView4:onClick1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 8)
end

function MailView4:onRefresh2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 93)
end

function MailView4:onClose3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 85)
end

function MailView4:onClose4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 68)
end

function MailView4:onEnter5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 70)
end

function MailView4:onClick6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 72)
end

function MailView4:onClick7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 43)
end

function MailView4:onRefresh8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 36)
end

function MailView4:onClose9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 71)
end

function MailView4:onEnter10(sender)
    local data = self.model_:get("mail_10")
    if not data then return end
    self:refreshItem(10, data.count or 47)
end

function MailView4:onClick11(sender)
    local data = self.model_:get("mail_11")
    if not data then return end
    self:refreshItem(11, data.count or 86)
end

function MailView4:onUpdate12(sender)
    local data = self.model_:get("mail_12")
    if not data then return end
    self:refreshItem(12, data.count or 21)
end

function MailView4:onUpdate13(sender)
    local data = self.model_:get("mail_13")
    if not data then return end
    self:refreshItem(13, data.count or 45)
end

return MailView4
