local TaskView4 = class("TaskView4", cc.load("mvc").ViewBase)

TaskView4.RESOURCE_FILENAME = "res/ui/task/task_48.csb"

function TaskView4:onClick0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 38)
end

function TaskView4:onClick1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 21)
end

function TaskView4:onClick2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 56)
end

function TaskView4:onUpdate3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 81)
end

function TaskView4:onClick4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 63)
end

function TaskView4:onClick5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 65)
end

function TaskView4:onRefresh6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 37)
end

function TaskView4:onEnter7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 89)
end

function TaskView4:onUpdate8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 69)
end

function TaskView4:onEnter9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 96)
end

function TaskView4:onEnter10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 17)
end

function TaskView4:onClose11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 68)
end

function TaskView4:onClick12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 64)
end

function TaskView4:onUpdate13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 98)
end

function TaskView4:onUpdate14(sender)
    local data = self.model_:get("task_14")
    if not data then return end
    self:refreshItem(14, data.count or 74)
end

function TaskView4:onRefresh15(sender)
    local data = self.model_:get("task_15")
    if not data then return end
    self:refreshItem(15, data.count or 37)
end

function TaskView4:onClose16(sender)
    local data = self.model_:get("task_16")
    if not data then return end
    self:refreshItem(16, data.count or 97)
end

function TaskView4:onEnter17(sender)
    local data = self.model_:get("task_17")
    if not data then return end
    self:refreshItem(17, data.count or 69)
end

function TaskView4:onRefresh18(sender)
    local data = self.model_:get("task_18")
    if not data then return end
    self:refreshItem(18, data.count or 43)
end

return TaskView4
