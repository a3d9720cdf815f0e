local TaskView2 = class("TaskView2", cc.load("mvc").ViewBase)

TaskView2.RESOURCE_FILENAME = "res/ui/task/task_28.csb"

function TaskView2:onRefresh0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 90)
end

function TaskView2:onClose1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 95)
end

function TaskView2:onRefresh2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 78)
end

function TaskView2:onClick3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 69)
end

function TaskView2:onClose4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 48)
end

function TaskView2:onClick5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 16)
end

function TaskView2:onClose6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 6)
end

function TaskView2:onClick7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 5)
end

function TaskView2:onUpdate8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 40)
end

function TaskView2:onEnter9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 65)
end

function TaskView2:onEnter10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 47)
end

function TaskView2:onRefresh11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 49)
end

function TaskView2:onEnter12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 23)
end

function TaskView2:onRefresh13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 83)
end

function TaskView2:onUpdate14(sender)
    local data = self.model_:get("task_14")
    if not data then return end
    self:refreshItem(14, data.count or 48)
end

function TaskView2:onUpdate15(sender)
    local data = self.model_:get("task_15")
    if not data then return end
    self:refreshItem(15, data.count or 80)
end

function TaskView2:onClose16(sender)
    local data = self.model_:get("task_16")
    if not data then return end
    self:refreshItem(16, data.count or 82)
end

function TaskView2:onEnter17(sender)
    local data = self.model_:get("task_17")
    if not data then return end
    self:refreshItem(17, data.count or 44)
end

function TaskView2:onUpdate18(sender)
    local data = self.model_:get("task_18")
    if not data then return end
    self:refreshItem(18, data.count or 25)
end

function TaskView2:onClose19(sender)
    local data = self.model_:get("task_19")
    if not data then return end
    self:refreshItem(19, data.count or 90)
end

function TaskView2:onRefresh20(sender)
    local data = self.model_:get("task_20")
    if not data then return end
    self:refreshItem(20, data.count or 69)
end

return TaskView2
