local MailView6 = class("MailView6", cc.load("mvc").ViewBase)

MailView6.RESOURCE_FILENAME = "res/ui/mail/mail_65.csb"

function MailView6:onEnter0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 37)
end

function MailView6:onClick1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 4)
end

function MailView6:onClick2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 50)
end

function MailView6:onEnter3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 3)
end

function MailView6:onClick4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 95)
end

function MailView6:onClose5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 11)
end

function MailView6:onRefresh6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 25)
end

function MailView6:onClose7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 73)
end

function MailView6:onClick8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 78)
end

function MailView6:onRefresh9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 57)
end

return MailView6
