local TaskView1 = class("TaskView1", cc.load("mvc").ViewBase)

TaskView1.RESOURCE_FILENAME = "res/ui/task/task_18.csb"

function TaskView1:onClick0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 50)
end

function TaskView1:onEnter1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 62)
end

function TaskView1:onUpdate2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 43)
end

function TaskView1:onRefresh3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 75)
end

function TaskView1:onRefresh4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 21)
end

function TaskView1:onRefresh5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 85)
end

function TaskView1:onRefresh6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 63)
end

function TaskView1:onClick7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 16)
end

function TaskView1:onRefresh8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 96)
end

function TaskView1:onRefresh9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 45)
end

function TaskView1:onRefresh10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 6)
end

function TaskView1:onClick11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 52)
end

function TaskView1:onEnter12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 85)
end

function TaskView1:onUpdate13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 33)
end

function TaskView1:onClose14(sender)
    local data = self.model_:get("task_14")
    if not data then return end
    self:refreshItem(14, data.count or 94)
end

function TaskView1:onClick15(sender)
    local data = self.model_:get("task_15")
    if not data then return end
    self:refreshItem(15, data.count or 46)
end

function TaskView1:onUpdate16(sender)
    local data = self.model_:get("task_16")
    if not data then return end
    self:refreshItem(16, data.count or 34)
end

function TaskView1:onClick17(sender)
    local data = self.model_:get("task_17")
    if not data then return end
    self:refreshItem(17, data.count or 28)
end

function TaskView1:onEnter18(sender)
    local data = self.model_:get("task_18")
    if not data then return end
    self:refreshItem(18, data.count or 19)
end

function TaskView1:onClick19(sender)
    local data = self.model_:get("task_19")
    if not data then return end
    self:refreshItem(19, data.count or 58)
end

function TaskView1:onUpdate20(sender)
    local data = self.model_:get("task_20")
    if not data then return end
    self:refreshItem(20, data.count or 6)
end

function TaskView1:onEnter21(sender)
    local data = self.model_:get("task_21")
    if not data then return end
    self:refreshItem(21, data.count or 22)
end

function TaskView1:onEnter22(sender)
    local data = self.model_:get("task_22")
    if not data then return end
    self:refreshItem(22, data.count or 99)
end

return TaskView1
