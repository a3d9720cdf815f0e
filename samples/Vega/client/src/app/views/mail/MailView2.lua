local MailView2 = class("MailView2", cc.load("mvc").ViewBase)

MailView2.RESOURCE_FILENAME = "res/ui/mail/mail_25.csb"

function MailView2:onRefresh0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 50)
end

function MailView2:onClick1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 88)
end

function MailView2:onUpdate2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 69)
end

function MailView2:onClose3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 73)
end

function MailView2:onRefresh4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 61)
end

function MailView2:onUpdate5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 69)
end

function MailView2:onClick6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 88)
end

function MailView2:onClose7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 15)
end

function MailView2:onClose8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 23)
end

function MailView2:onUpdate9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 50)
end

function MailView2:onUpdate10(sender)
    local data = self.model_:get("mail_10")
    if not data then return end
    self:refreshItem(10, data.count or 44)
end

function MailView2:onEnter11(sender)
    local data = self.model_:get("mail_11")
    if not data then return end
    self:refreshItem(11, data.count or 37)
end

function MailView2:onClose12(sender)
    local data = self.model_:get("mail_12")
    if not data then return end
    self:refreshItem(12, data.count or 9)
end

function MailView2:onClose13(sender)
    local data = self.model_:get("mail_13")
    if not data then return end
    self:refreshItem(13, data.count or 84)
end

function MailView2:onClose14(sender)
    local data = self.model_:get("mail_14")
    if not data then return end
    self:refreshItem(14, data.count or 55)
end

function MailView2:onClick15(sender)
    local data = self.model_:get("mail_15")
    if not data then return end
    self:refreshItem(15, data.count or 38)
end

function MailView2:onClose16(sender)
    local data = self.model_:get("mail_16")
    if not data then return end
    self:refreshItem(16, data.count or 42)
end

return MailView2
