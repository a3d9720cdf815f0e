local TaskView8 = class("TaskView8", cc.load("mvc").ViewBase)

TaskView8.RESOURCE_FILENAME = "res/ui/task/task_88.csb"

function TaskView8:onRefresh0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 90)
end

function TaskView8:onEnter1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 89)
end

function TaskView8:onEnter2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 16)
end

function TaskView8:onEnter3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 31)
end

function TaskView8:onRefresh4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 16)
end

function TaskView8:onUpdate5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 8)
end

function TaskView8:onClick6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 62)
end

function TaskView8:onRefresh7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 38)
end

function TaskView8:onEnter8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 93)
end

function TaskView8:onClick9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 8)
end

function TaskView8:onUpdate10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 80)
end

function TaskView8:onEnter11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 9)
end

function TaskView8:onEnter12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 41)
end

function TaskView8:onClick13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 30)
end

return TaskView8
