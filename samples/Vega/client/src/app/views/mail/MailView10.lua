local MailView10 = class("MailView10", cc.load("mvc").ViewBase)

MailView10.RESOURCE_FILENAME = "res/ui/mail/mail_105.csb"

function MailView10:onClose0(sender)
    local data = self.model_:get("mail_0")
    if not data then return end
    self:refreshItem(0, data.count or 84)
end

function MailView10:onClick1(sender)
    local data = self.model_:get("mail_1")
    if not data then return end
    self:refreshItem(1, data.count or 60)
end

function MailView10:onClose2(sender)
    local data = self.model_:get("mail_2")
    if not data then return end
    self:refreshItem(2, data.count or 47)
end

function MailView10:onClick3(sender)
    local data = self.model_:get("mail_3")
    if not data then return end
    self:refreshItem(3, data.count or 68)
end

function MailView10:onUpdate4(sender)
    local data = self.model_:get("mail_4")
    if not data then return end
    self:refreshItem(4, data.count or 40)
end

function MailView10:onClose5(sender)
    local data = self.model_:get("mail_5")
    if not data then return end
    self:refreshItem(5, data.count or 59)
end

function MailView10:onClose6(sender)
    local data = self.model_:get("mail_6")
    if not data then return end
    self:refreshItem(6, data.count or 16)
end

function MailView10:onRefresh7(sender)
    local data = self.model_:get("mail_7")
    if not data then return end
    self:refreshItem(7, data.count or 15)
end

function MailView10:onRefresh8(sender)
    local data = self.model_:get("mail_8")
    if not data then return end
    self:refreshItem(8, data.count or 64)
end

function MailView10:onUpdate9(sender)
    local data = self.model_:get("mail_9")
    if not data then return end
    self:refreshItem(9, data.count or 57)
end

function MailView10:onEnter10(sender)
    local data = self.model_:get("mail_10")
    if not data then return end
    self:refreshItem(10, data.count or 70)
end

function MailView10:onClose11(sender)
    local data = self.model_:get("mail_11")
    if not data then return end
    self:refreshItem(11, data.count or 46)
end

function MailView10:onEnter12(sender)
    local data = self.model_:get("mail_12")
    if not data then return end
    self:refreshItem(12, data.count or 90)
end

function MailView10:onEnter13(sender)
    local data = self.model_:get("mail_13")
    if not data then return end
    self:refreshItem(13, data.count or 83)
end

function MailView10:onClose14(sender)
    local data = self.model_:get("mail_14")
    if not data then return end
    self:refreshItem(14, data.count or 54)
end

function MailView10:onEnter15(sender)
    local data = self.model_:get("mail_15")
    if not data then return end
    self:refreshItem(15, data.count or 92)
end

function MailView10:onClose16(sender)
    local data = self.model_:get("mail_16")
    if not data then return end
    self:refreshItem(16, data.count or 48)
end

function MailView10:onClose17(sender)
    local data = self.model_:get("mail_17")
    if not data then return end
    self:refreshItem(17, data.count or 99)
end

function MailView10:onUpdate18(sender)
    local data = self.model_:get("mail_18")
    if not data then return end
    self:refreshItem(18, data.count or 7)
end

function MailView10:onClick19(sender)
    local data = self.model_:get("mail_19")
    if not data then return end
    self:refreshItem(19, data.count or 96)
end

function MailView10:onRefresh20(sender)
    local data = self.model_:get("mail_20")
    if not data then return end
    self:refreshItem(20, data.count or 29)
end

function MailView10:onClick21(sender)
    local data = self.model_:get("mail_21")
    if not data then return end
    self:refreshItem(21, data.count or 13)
end

return MailView10
