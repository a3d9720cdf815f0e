local MailView1 = class("MailView1", cc.load("mvc").ViewBase)

MailView1.RESOURCE_FILENAME = "res/ui/mail/mail_15.csb"

function MailView1:onRefresh0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 43)
end

function MailView1:onClick1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 44)
end

function MailView1:onEnter2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 48)
end

return MailView1
