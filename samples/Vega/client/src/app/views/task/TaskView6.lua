local TaskView6 = class("TaskView6", cc.load("mvc").ViewBase)

TaskView6.RESOURCE_FILENAME = "res/ui/task/task_68.csb"

function TaskView6:onRefresh0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 47)
end

function TaskView6:onRefresh1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 70)
end

function TaskView6:onRefresh2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 4)
end

function TaskView6:onRefresh3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 88)
end

function TaskView6:onUpdate4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 3)
end

function TaskView6:onEnter5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 71)
end

function TaskView6:onRefresh6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 81)
end

function TaskView6:onEnter7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 19)
end

function TaskView6:onClick8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 20)
end

function TaskView6:onClick9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 75)
end

function TaskView6:onRefresh10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 10)
end

function TaskView6:onEnter11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 29)
end

function TaskView6:onEnter12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 90)
end

function TaskView6:onClick13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 88)
end

function TaskView6:onClick14(sender)
    local data = self.model_:get("task_14")
    if not data then return end
    self:refreshItem(14, data.count or 76)
end

function TaskView6:onClick15(sender)
    local data = self.model_:get("task_15")
    if not data then return end
    self:refreshItem(15, data.count or 7)
end

function TaskView6:onClick16(sender)
    local data = self.model_:get("task_16")
    if not data then return end
    self:refreshItem(16, data.count or 12)
end

function TaskView6:onRefresh17(sender)
    local data = self.model_:get("task_17")
    if not data then return end
    self:refreshItem(17, data.count or 61)
end

function TaskView6:onClick18(sender)
    local data = self.model_:get("task_18")
    if not data then return end
    self:refreshItem(18, data.count or 68)
end

function TaskView6:onRefresh19(sender)
    local data = self.model_:get("task_19")
    if not data then return end
    self:refreshItem(19, data.count or 22)
end

return TaskView6
