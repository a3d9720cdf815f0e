local MailView0 = class("MailView0", cc.load("mvc").ViewBase)

MailView0.RESOURCE_FILENAME = "res/ui/mail/mail_5.csb"

function MailView0:onClick0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 89)
end

function MailView0:onEnter1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 59)
end

function MailView0:onUpdate2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 85)
end

function MailView0:onEnter3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 26)
end

function MailView0:onClose4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 76)
end

function MailView0:onRefresh5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 92)
end

return MailView0
