local MailView9 = class("MailView9", cc.load("mvc").ViewBase)

MailView9.RESOURCE_FILENAME = "res/ui/mail/mail_95.csb"

function MailView9:onClose0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 67)
end

function MailView9:onRefresh1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 92)
end

function MailView9:onClose2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 46)
end

function MailView9:onClose3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 88)
end

function MailView9:onClick4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 69)
end

function MailView9:onRefresh5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 47)
end

function MailView9:onUpdate6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 46)
end

function MailView9:onClose7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 91)
end

function MailView9:onClick8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 47)
end

function MailView9:onClick9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 54)
end

function MailView9:onUpdate10(sender)
    local data = self.model_:get("mail_10")
    if not data then return end
    self:refreshItem(10, data.count or 60)
end

function MailView9:onRefresh11(sender)
    local data = self.model_:get("mail_11")
    if not data then return end
    self:refreshItem(11, data.count or 73)
end

function MailView9:onClick12(sender)
    local data = self.model_:get("mail_12")
    if not data then return end
    self:refreshItem(12, data.count or 47)
end

function MailView9:onRefresh13(sender)
    local data = self.model_:get("mail_13")
    if not data then return end
    self:refreshItem(13, data.count or 77)
end

function MailView9:onEnter14(sender)
    local data = self.model_:get("mail_14")
    if not data then return end
    self:refreshItem(14, data.count or 19)
end

function MailView9:onClose15(sender)
    local data = self.model_:get("mail_15")
    if not data then return end
    self:refreshItem(15, data.count or 14)
end

function MailView9:onUpdate16(sender)
    local data = self.model_:get("mail_16")
    if not data then return end
    self:refreshItem(16, data.count or 45)
end

function MailView9:onClick17(sender)
    local data = self.model_:get("mail_17")
    if not data then return end
    self:refreshItem(17, data.count or 47)
end

function MailView9:onClick18(sender)
    local data = self.model_:get("mail_18")
    if not data then return end
    self:refreshItem(18, data.count or 7)
end

function MailView9:onRefresh19(sender)
    local data = self.model_:get("mail_19")
    if not data then return end
    self:refreshItem(19, data.count or 59)
end

function MailView9:onRefresh20(sender)
    local data = self.model_:get("mail_20")
    if not data then return end
    self:refreshItem(20, data.count or 58)
end

function MailView9:onClick21(sender)
    local data = self.model_:get("mail_21")
    if not data then return end
    self:refreshItem(21, data.count or 76)
end

function MailView9:onEnter22(sender)
    local data = self.model_:get("mail_22")
    if not data then return end
    self:refreshItem(22, data.count or 16)
end

function MailView9:onRefresh23(sender)
    local data = self.model_:get("mail_23")
    if not data then return end
    self:refreshItem(23, data.count or 30)
end

return MailView9
