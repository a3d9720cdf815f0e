using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;

namespace Walle.Pipelines.Ci.Tests.Jenkins;

/// <summary>
/// Compiles Jenkinsfiles with Debian's groovy and reads their stage trees from the Groovy AST (StageTree.groovy):
/// the structure Jenkins would see, not a regular expression over the text.
/// </summary>
internal static class GroovyStageTree
{
    private const string JavaHome = "/usr/lib/jvm/java-17-openjdk-amd64";

    /// <summary>One parsed tree per file, in order; a file that does not compile fails with groovy's message.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(params string[] files)
    {
        if (!File.Exists("/usr/bin/groovy") || !Directory.Exists(JavaHome))
            Assert.Fail($"groovy or its JDK is missing: install them with `apt-get install groovy openjdk-17-jdk-headless` (eng/test-tools.sh does), JAVA_HOME={JavaHome}.");
        var script = Path.Combine(AppContext.BaseDirectory, "Jenkins", "StageTree.groovy");
        var result = await Cli.Wrap("/usr/bin/groovy").WithArguments([script, .. files])
            .WithEnvironmentVariables(e => e.Set("JAVA_HOME", JavaHome))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync();
        if (result.ExitCode != 0) Assert.Fail($"groovy could not compile or read {string.Join(", ", files)}:\n{result.StandardError}\n{result.StandardOutput}");
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    /// <summary>Whether groovy refuses <paramref name="file"/>, and its message.</summary>
    public static async Task<(bool Compiles, string Message)> TryCompileAsync(string file)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Jenkins", "StageTree.groovy");
        var result = await Cli.Wrap("/usr/bin/groovy").WithArguments([script, file])
            .WithEnvironmentVariables(e => e.Set("JAVA_HOME", JavaHome))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync();
        return (result.ExitCode == 0, result.StandardError);
    }

    /// <summary>The stage tree as nested text: one line per stage, <c>name [agent]: sh</c>, parallel branches indented.</summary>
    public static List<string> Outline(JsonElement tree)
    {
        var lines = new List<string>();
        void Walk(JsonElement stage, int depth)
        {
            var agent = stage.GetProperty("agent") switch
            {
                { ValueKind: JsonValueKind.Null } => "",
                { ValueKind: JsonValueKind.String } any => $" [{any.GetString()}]",
                var label => $" [label {label.GetProperty("label").GetString()}]",
            };
            var sh = string.Join("; ", stage.GetProperty("sh").EnumerateArray().Select(s => s.GetString()).Where(s => s!.StartsWith("./build.sh", StringComparison.Ordinal)));
            lines.Add($"{new string(' ', depth * 2)}{stage.GetProperty("name").GetString()}{agent}{(sh.Length > 0 ? ": " + sh : "")}");
            foreach (var branch in stage.GetProperty("parallel").EnumerateArray()) Walk(branch, depth + 1);
        }

        foreach (var stage in tree.GetProperty("stages").EnumerateArray()) Walk(stage, 0);
        return lines;
    }

    /// <summary>Every stage, parallel branches included, by name.</summary>
    public static Dictionary<string, JsonElement> Stages(JsonElement tree)
    {
        var all = new Dictionary<string, JsonElement>();
        void Walk(JsonElement stage)
        {
            all[stage.GetProperty("name").GetString()!] = stage;
            foreach (var branch in stage.GetProperty("parallel").EnumerateArray()) Walk(branch);
        }

        foreach (var stage in tree.GetProperty("stages").EnumerateArray()) Walk(stage);
        return all;
    }
}
