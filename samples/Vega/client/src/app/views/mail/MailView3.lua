local MailView3 = class("MailView3", cc.load("mvc").ViewBase)

MailView3.RESOURCE_FILENAME = "res/ui/mail/mail_35.csb"

function MailView3:onUpdate0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 83)
end

function MailView3:onUpdate1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 56)
end

function MailView3:onClick2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 14)
end

function MailView3:onEnter3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 50)
end

function MailView3:onUpdate4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 10)
end

function MailView3:onUpdate5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 79)
end

function MailView3:onRefresh6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 98)
end

function MailView3:onClick7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 28)
end

function MailView3:onClose8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 87)
end

function MailView3:onEnter9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 31)
end

function MailView3:onRefresh10(sender)
    local data = self.model_:get("mail_10")
    if not data then return end
    self:refreshItem(10, data.count or 65)
end

function MailView3:onClose11(sender)
    local data = self.model_:get("mail_11")
    if not data then return end
    self:refreshItem(11, data.count or 21)
end

function MailView3:onEnter12(sender)
    local data = self.model_:get("mail_12")
    if not data then return end
    self:refreshItem(12, data.count or 59)
end

function MailView3:onRefresh13(sender)
    local data = self.model_:get("mail_13")
    if not data then return end
    self:refreshItem(13, data.count or 55)
end

function MailView3:onClick14(sender)
    local data = self.model_:get("mail_14")
    if not data then return end
    self:refreshItem(14, data.count or 65)
end

function MailView3:onClose15(sender)
    local data = self.model_:get("mail_15")
    if not data then return end
    self:refreshItem(15, data.count or 35)
end

function MailView3:onRefresh16(sender)
    local data = self.model_:get("mail_16")
    if not data then return end
    self:refreshItem(16, data.count or 66)
end

function MailView3:onClick17(sender)
    local data = self.model_:get("mail_17")
    if not data then return end
    self:refreshItem(17, data.count or 7)
end

function MailView3:onEnter18(sender)
    local data = self.model_:get("mail_18")
    if not data then return end
    self:refreshItem(18, data.count or 86)
end

return MailView3
