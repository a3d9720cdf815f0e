local TaskView7 = class("TaskView7", cc.load("mvc").ViewBase)

TaskView7.RESOURCE_FILENAME = "res/ui/task/task_78.csb"

function TaskView7:onRefresh0(sender)
    local data = self.model_:get("task_0")
    if not data then return end
    self:refreshItem(0, data.count or 52)
end

function TaskView7:onEnter1(sender)
    local data = self.model_:get("task_1")
    if not data then return end
    self:refreshItem(1, data.count or 73)
end

function TaskView7:onRefresh2(sender)
    local data = self.model_:get("task_2")
    if not data then return end
    self:refreshItem(2, data.count or 27)
end

function TaskView7:onClose3(sender)
    local data = self.model_:get("task_3")
    if not data then return end
    self:refreshItem(3, data.count or 53)
end

function TaskView7:onClose4(sender)
    local data = self.model_:get("task_4")
    if not data then return end
    self:refreshItem(4, data.count or 76)
end

function TaskView7:onClick5(sender)
    local data = self.model_:get("task_5")
    if not data then return end
    self:refreshItem(5, data.count or 2)
end

function TaskView7:onClick6(sender)
    local data = self.model_:get("task_6")
    if not data then return end
    self:refreshItem(6, data.count or 49)
end

function TaskView7:onUpdate7(sender)
    local data = self.model_:get("task_7")
    if not data then return end
    self:refreshItem(7, data.count or 34)
end

function TaskView7:onEnter8(sender)
    local data = self.model_:get("task_8")
    if not data then return end
    self:refreshItem(8, data.count or 49)
end

function TaskView7:onRefresh9(sender)
    local data = self.model_:get("task_9")
    if not data then return end
    self:refreshItem(9, data.count or 95)
end

function TaskView7:onUpdate10(sender)
    local data = self.model_:get("task_10")
    if not data then return end
    self:refreshItem(10, data.count or 58)
end

function TaskView7:onClose11(sender)
    local data = self.model_:get("task_11")
    if not data then return end
    self:refreshItem(11, data.count or 31)
end

function TaskView7:onUpdate12(sender)
    local data = self.model_:get("task_12")
    if not data then return end
    self:refreshItem(12, data.count or 40)
end

function TaskView7:onEnter13(sender)
    local data = self.model_:get("task_13")
    if not data then return end
    self:refreshItem(13, data.count or 70)
end

return TaskView7
