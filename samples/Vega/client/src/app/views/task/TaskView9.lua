local TaskView9 = class("TaskView9", cc.load("mvc").ViewBase)

TaskView9.RESOURCE_FILENAME = "res/ui/task/task_98.csb"

function TaskView9:onClick0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 7)
end

function TaskView9:onUpdate1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 23)
end

function TaskView9:onUpdate2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 94)
end

function TaskView9:onClose3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 64)
end

function TaskView9:onUpdate4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 49)
end

function TaskView9:onClose5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 40)
end

function TaskView9:onRefresh6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 67)
end

function TaskView9:onClose7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 17)
end

function TaskView9:onUpdate8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 80)
end

function TaskView9:onRefresh9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 19)
end

function TaskView9:onClick10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 65)
end

function TaskView9:onRefresh11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 59)
end

function TaskView9:onEnter12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 19)
end

function TaskView9:onRefresh13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 4)
end

return TaskView9
