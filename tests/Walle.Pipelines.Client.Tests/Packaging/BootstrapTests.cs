using CliWrap;
using CliWrap.Buffered;
using Walle.Pipelines.Client.Packaging;

namespace Walle.Pipelines.Client.Tests.Packaging;

/// <summary>
/// The sample client's bootstrap (samples/Vega/client/src/walle/bootstrap.lua) run by the real Lua 5.4 interpreter
/// against a device: the package's files, a writable folder with a hot-update storage, and the few cocos2d-x calls it
/// makes (FileUtils and UserDefault, written here over the real file system, with the package searched after the storage).
/// </summary>
public class BootstrapTests
{
    private const string Device = """
        local package, writable = arg[1], arg[2]
        local storage = writable .. "hotupdate/"
        local function exists(path) local f = io.open(path, "rb"); if f then f:close() return true end return false end
        local files = {}
        -- Search order as a game that already ran a hot update has it: the storage first, then the package.
        function files:getStringFromFile(name)
          for _, root in ipairs({ storage, package }) do
            local f = io.open(root .. name, "rb")
            if f then local text = f:read("a"); f:close(); return text end
          end
          if exists(name) then local f = io.open(name, "rb"); local t = f:read("a"); f:close(); return t end
          return ""
        end
        function files:isFileExist(path) return exists(path) end
        function files:isDirectoryExist(path) return os.rename(path, path) ~= nil end
        function files:removeDirectory(path) os.execute("rm -rf '" .. path .. "'") return true end
        function files:writeStringToFile(text, path) local f = io.open(path, "wb"); f:write(text); f:close(); return true end
        function files:getWritablePath() return writable end
        local defaults = {}
        cc = { FileUtils = { getInstance = function() return files end },
               UserDefault = { getInstance = function() return { setStringForKey = function(_, k, v) defaults[k] = v end } end } }
        package_path = package
        local bootstrap = dofile(arg[3])
        local cleared = bootstrap.run(storage)
        print(string.format("cleared=%s storage=%s searchpaths=%s", tostring(cleared), tostring(files:isDirectoryExist(storage)), tostring(defaults.HotUpdateSearchPaths)))
        """;

    private static string Script => Path.Combine(RepositoryRoot(), "samples", "Vega", "client", "src", "walle", "bootstrap.lua");

    private static string RepositoryRoot()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "Walle.slnx"))) return folder;
        throw new InvalidOperationException("The repository root (Walle.slnx) is not above the test assembly.");
    }

    private static async Task<string> RunAsync(TempFolder device)
    {
        var lua = AndroidTools.Require("lua5.4");
        var harness = device.File("harness.lua", Device);
        Directory.CreateDirectory(Path.Combine(device.Path, "writable"));   // a device always has its writable folder
        var result = await Cli.Wrap(lua).WithArguments([harness, Path.Combine(device.Path, "package") + "/", Path.Combine(device.Path, "writable") + "/", Script])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.True(result.ExitCode == 0, result.StandardError);
        return result.StandardOutput.Trim();
    }

    private static void Install(TempFolder device, string version, int code) =>
        File.WriteAllBytes(device.File("package/" + BundledVersion.FileName), new BundledVersion(version, code, version).ToJson());

    [Fact]
    public async Task A_store_upgrade_clears_the_old_apps_hot_update_and_a_restart_keeps_the_new_one()
    {
        using var device = new TempFolder();
        Install(device, "1.5.0", 150);
        Assert.Equal("cleared=false storage=false searchpaths=", await RunAsync(device));   // first start: nothing to clear

        device.File("writable/hotupdate/src/main.lua", "-- 1.5.x hot update");            // the old app downloads a patch
        Assert.Equal("cleared=false storage=true searchpaths=nil", await RunAsync(device)); // a restart keeps it

        Install(device, "1.6.0", 160);                                                       // the store installs 1.6.0
        Assert.Equal("cleared=true storage=false searchpaths=", await RunAsync(device));
        Assert.False(File.Exists(Path.Combine(device.Path, "writable", "hotupdate", "src", "main.lua")));

        device.File("writable/hotupdate/src/main.lua", "-- 1.6.x hot update");
        Assert.Equal("cleared=false storage=true searchpaths=nil", await RunAsync(device));
    }

    [Fact]
    public async Task A_rebuilt_package_with_a_new_code_also_clears()
    {
        using var device = new TempFolder();
        Install(device, "1.6.0", 160);
        await RunAsync(device);
        device.File("writable/hotupdate/res/a.png", "x");
        Install(device, "1.6.0", 161);
        Assert.StartsWith("cleared=true", await RunAsync(device));
    }

    [Fact]
    public async Task A_package_without_walle_json_is_left_alone()
    {
        using var device = new TempFolder();
        device.File("package/other.txt", "x");
        device.File("writable/hotupdate/src/main.lua", "--");
        Assert.Equal("cleared=false storage=true searchpaths=nil", await RunAsync(device));
    }
}
