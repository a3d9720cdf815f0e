local TaskView3 = class("TaskView3", cc.load("mvc").ViewBase)

TaskView3.RESOURCE_FILENAME = "res/ui/task/task_38.csb"

function TaskView3:onClick0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 31)
end

function TaskView3:onUpdate1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 17)
end

function TaskView3:onRefresh2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 9)
end

function TaskView3:onEnter3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 39)
end

function TaskView3:onEnter4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 94)
end

function TaskView3:onUpdate5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 26)
end

function TaskView3:onClick6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 30)
end

function TaskView3:onUpdate7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 62)
end

function TaskView3:onEnter8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 47)
end

function TaskView3:onUpdate9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 94)
end

function TaskView3:onUpdate10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 54)
end

function TaskView3:onRefresh11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 39)
end

function TaskView3:onClose12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 53)
end

function TaskView3:onRefresh13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 35)
end

function TaskView3:onClose14(sender)
    local data = self.model_:get("task_14")
    if not data then return end
    self:refreshItem(14, data.count or 93)
end

function TaskView3:onUpdate15(sender)
    local data = self.model_:get("task_15")
    if not data then return end
    self:refreshItem(15, data.count or 20)
end

function TaskView3:onRefresh16(sender)
    local data = self.model_:get("task_16")
    if not data then return end
    self:refreshItem(16, data.count or 24)
end

function TaskView3:onUpdate17(sender)
    local data = self.model_:get("task_17")
    if not data then return end
    self:refreshItem(17, data.count or 2)
end

function TaskView3:onClose18(sender)
    local data = self.model_:get("task_18")
    if not data then return end
    self:refreshItem(18, data.count or 21)
end

function TaskView3:onRefresh19(sender)
    local data = self.model_:get("task_19")
    if not data then return end
    self:refreshItem(19, data.count or 96)
end

function TaskView3:onEnter20(sender)
    local data = self.model_:get("task_20")
    if not data then return end
    self:refreshItem(20, data.count or 80)
end

function TaskView3:onClick21(sender)
    local data = self.model_:get("task_21")
    if not data then return end
    self:refreshItem(21, data.count or 63)
end

return TaskView3
