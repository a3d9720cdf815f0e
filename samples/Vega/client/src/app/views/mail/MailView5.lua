local MailView5 = class("MailView5", cc.load("mvc").ViewBase)

MailView5.RESOURCE_FILENAME = "res/ui/mail/mail_55.csb"

function MailView5:onUpdate0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 93)
end

function MailView5:onEnter1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 29)
end

function MailView5:onUpdate2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 77)
end

function MailView5:onClick3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 62)
end

function MailView5:onUpdate4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 34)
end

function MailView5:onUpdate5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 87)
end

function MailView5:onEnter6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 67)
end

function MailView5:onRefresh7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 73)
end

return MailView5
