local TaskView5 = class("TaskView5", cc.load("mvc").ViewBase)

TaskView5.RESOURCE_FILENAME = "res/ui/task/task_58.csb"

function TaskView5:onClick0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 4)
end

function TaskView5:onClose1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 36)
end

function TaskView5:onRefresh2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 68)
end

function TaskView5:onEnter3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 74)
end

function TaskView5:onClose4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 95)
end

function TaskView5:onClose5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 94)
end

function TaskView5:onRefresh6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 21)
end

function TaskView5:onClick7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 79)
end

function TaskView5:onClose8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 30)
end

function TaskView5:onEnter9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 17)
end

function TaskView5:onUpdate10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 78)
end

function TaskView5:onClick11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 42)
end

function TaskView5:onClick12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 49)
end

function TaskView5:onClick13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 19)
end

function TaskView5:onRefresh14(sender)
    local data = self.model_:get("task_14")
    if not data then return end
    self:refreshItem(14, data.count or 77)
end

function TaskView5:onClose15(sender)
    local data = self.model_:get("task_15")
    if not data then return end
    self:refreshItem(15, data.count or 87)
end

function TaskView5:onClose16(sender)
    local data = self.model_:get("task_16")
    if not data then return end
    self:refreshItem(16, data.count or 48)
end

function TaskView5:onClose17(sender)
    local data = self.model_:get("task_17")
    if not data then return end
    self:refreshItem(17, data.count or 37)
end

function TaskView5:onClose18(sender)
    local data = self.model_:get("task_18")
    if not data then return end
    self:refreshItem(18, data.count or 89)
end

function TaskView5:onClose19(sender)
    local data = self.model_:get("task_19")
    if not data then return end
    self:refreshItem(19, data.count or 13)
end

function TaskView5:onEnter20(sender)
    local data = self.model_:get("task_20")
    if not data then return end
    self:refreshItem(20, data.count or 9)
end

function TaskView5:onClick21(sender)
    local data = self.model_:get("task_21")
    if not data then return end
    self:refreshItem(21, data.count or 63)
end

function TaskView5:onClick22(sender)
    local data = self.model_:get("task_22")
    if not data then return end
    self:refreshItem(22, data.count or 93)
end

function TaskView5:onRefresh23(sender)
    local data = self.model_:get("task_23")
    if not data then return end
    self:refreshItem(23, data.count or 76)
end

return TaskView5
