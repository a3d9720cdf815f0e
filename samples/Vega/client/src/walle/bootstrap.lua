-- Walle's package bootstrap: clears the hot update an older app version left behind.
--
-- After a store upgrade, files the old app downloaded into the hot-update storage come first in the search
-- paths and shadow the new package's own files (cocos2d-x#9061). Every package Walle builds carries
-- walle.json ({"appVersion": "1.6.0", "versionCode": 160, "patchVersion": "1.6.0"}); when its version differs
-- from the one this device last ran, the storage and the saved search paths are removed, so the new
-- package starts from the content it ships.
--
-- Call it first in main.lua, before the hot-update search paths are added:
--     require("walle.bootstrap").run(cc.FileUtils:getInstance():getWritablePath() .. "hotupdate/")
local M = {}

local SEARCH_PATHS_KEY = "HotUpdateSearchPaths"   -- where the game saves AssetsManagerEx's search paths
local MARKER = "walle-app-version.txt"

-- The packaged walle.json's "appVersion/versionCode", or nil when the package has none.
local function packagedVersion(files)
    local text = files:getStringFromFile("walle.json")
    if text == nil or text == "" then return nil end
    local name = text:match('"appVersion"%s*:%s*"([^"]+)"')
    local code = text:match('"versionCode"%s*:%s*(%d+)')
    if name == nil or code == nil then return nil end
    return name .. "/" .. code
end

-- Returns true when it cleared the storage.
function M.run(storagePath)
    local files = cc.FileUtils:getInstance()
    local current = packagedVersion(files)
    if current == nil then return false end
    local marker = files:getWritablePath() .. MARKER
    local seen = files:isFileExist(marker) and files:getStringFromFile(marker) or nil
    if seen == current then return false end
    if files:isDirectoryExist(storagePath) then files:removeDirectory(storagePath) end
    cc.UserDefault:getInstance():setStringForKey(SEARCH_PATHS_KEY, "")
    files:writeStringToFile(current, marker)
    return seen ~= nil
end

return M
