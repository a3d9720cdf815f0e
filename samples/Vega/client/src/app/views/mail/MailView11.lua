local MailView11 = class("MailView11", cc.load("mvc").ViewBase)

MailView11.RESOURCE_FILENAME = "res/ui/mail/mail_115.csb"

function MailView11:onEnter0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 86)
end

function MailView11:onEnter1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 92)
end

function MailView11:onClick2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 18)
end

function MailView11:onRefresh3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 47)
end

function MailView11:onRefresh4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 76)
end

function MailView11:onClose5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 92)
end

function MailView11:onUpdate6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 75)
end

function MailView11:onEnter7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 7)
end

function MailView11:onEnter8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 83)
end

function MailView11:onClose9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 32)
end

return MailView11
