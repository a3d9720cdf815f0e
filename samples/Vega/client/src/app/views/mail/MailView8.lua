local MailView8 = class("MailView8", cc.load("mvc").ViewBase)

MailView8.RESOURCE_FILENAME = "res/ui/mail/mail_85.csb"

function MailView8:onEnter0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 70)
end

function MailView8:onClose1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 50)
end

function MailView8:onClick2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 2)
end

function MailView8:onClick3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 25)
end

function MailView8:onClose4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 95)
end

function MailView8:onClose5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 30)
end

function MailView8:onEnter6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 4)
end

function MailView8:onUpdate7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 1)
end

function MailView8:onUpdate8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 89)
end

function MailView8:onClick9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 6)
end

function MailView8:onEnter10(sender)
    local data = self.model_:get("mail_10")
    if not data then return end
    self:refreshItem(10, data.count or 40)
end

function MailView8:onEnter11(sender)
    local data = self.model_:get("mail_11")
    if not data then return end
    self:refreshItem(11, data.count or 38)
end

function MailView8:onUpdate12(sender)
    local data = self.model_:get("mail_12")
    if not data then return end
    self:refreshItem(12, data.count or 18)
end

function MailView8:onEnter13(sender)
    local data = self.model_:get("mail_13")
    if not data then return end
    self:refreshItem(13, data.count or 88)
end

function MailView8:onEnter14(sender)
    local data = self.model_:get("mail_14")
    if not data then return end
    self:refreshItem(14, data.count or 75)
end

return MailView8
