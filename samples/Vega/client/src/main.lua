-- First, before anything adds the hot-update search paths: a store upgrade clears what the old app downloaded.
require("walle.bootstrap").run(cc.FileUtils:getInstance():getWritablePath() .. "hotupdate/")

require "config"
require "cocos.init"

local function main()
    require("app.MyApp"):create():run("LoginScene")
end

local status, msg = xpcall(main, __G__TRACKBACK__)
if not status then print(msg) end
