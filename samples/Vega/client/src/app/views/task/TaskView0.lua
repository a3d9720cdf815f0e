local TaskView0 = class("TaskView0", cc.load("mvc").ViewBase)

TaskView0.RESOURCE_FILENAME = "res/ui/task/task_8.csb"

function TaskView0:onClose0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 7)
end

function TaskView0:onEnter1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 1)
end

function TaskView0:onClose2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 39)
end

function TaskView0:onUpdate3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 92)
end

function TaskView0:onRefresh4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 43)
end

function TaskView0:onClick5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 75)
end

function TaskView0:onClose6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 11)
end

function TaskView0:onRefresh7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 77)
end

function TaskView0:onRefresh8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 88)
end

function TaskView0:onEnter9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 33)
end

function TaskView0:onUpdate10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 17)
end

function TaskView0:onEnter11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 53)
end

function TaskView0:onClick12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 70)
end

function TaskView0:onUpdate13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 84)
end

function TaskView0:onEnter14(sender)
    local data = self.model_:get("task_14")
    if not data then return end
    self:refreshItem(14, data.count or 13)
end

return TaskView0
