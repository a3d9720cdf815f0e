local TaskView10 = class("TaskView10", cc.load("mvc").ViewBase)

TaskView10.RESOURCE_FILENAME = "res/ui/task/task_108.csb"

function TaskView10:onClose0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 64)
end

function TaskView10:onUpdate1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 1)
end

function TaskView10:onUpdate2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 9)
end

function TaskView10:onEnter3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 36)
end

function TaskView10:onClick4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 93)
end

function TaskView10:onClose5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 37)
end

function TaskView10:onEnter6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 19)
end

function TaskView10:onEnter7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 45)
end

function TaskView10:onClose8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 34)
end

function TaskView10:onClose9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 77)
end

function TaskView10:onRefresh10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 42)
end

function TaskView10:onClick11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 79)
end

function TaskView10:onEnter12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 16)
end

function TaskView10:onClick13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 1)
end

return TaskView10
