using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileSystemGlobbing;
using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Decides whether a target with <c>Inputs</c> is up to date: the content hashes of its inputs, the build's
/// parameter values and the hashes of its outputs must all equal those recorded after its last success
/// (in <c>.nuke/cache/targets/&lt;Target&gt;.json</c>). File hashes come from <see cref="FileHashes"/>, so an
/// unchanged file (same size and modification time) is not read again.
/// </summary>
internal sealed class TargetFingerprint(string rootDirectory, Func<string> hashParameters, FileHashes fileHashes)
{
    private readonly Lazy<string> _parameterHash = new(hashParameters);

    private string StatePath(ExecutableTarget target) =>
        Path.Combine(rootDirectory, ".nuke", "cache", "targets", target.Name + ".json");

    public static bool Applies(ExecutableTarget target) => target.Definition.InputGlobs.Count > 0;

    /// <summary>The reason the target must run, or null when it is up to date.</summary>
    public string? WhyRun(ExecutableTarget target)
    {
        var path = StatePath(target);
        if (!File.Exists(path)) return "no earlier run recorded";
        Record? recorded;
        try
        {
            recorded = JsonSerializer.Deserialize<Record>(File.ReadAllBytes(path));
        }
        catch (JsonException)
        {
            return "earlier record unreadable";
        }

        if (recorded is null) return "earlier record unreadable";
        if (recorded.Inputs != HashFiles(target.Definition.InputGlobs)) return "inputs changed";
        if (recorded.Parameters != _parameterHash.Value) return "parameters changed";
        if (target.Definition.OutputGlobs.Count > 0 && recorded.Outputs != HashFiles(target.Definition.OutputGlobs))
            return "outputs changed or missing";
        return null;
    }

    public void Save(ExecutableTarget target)
    {
        var record = new Record(HashFiles(target.Definition.InputGlobs), _parameterHash.Value, HashFiles(target.Definition.OutputGlobs));
        var path = StatePath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(record));
    }

    public void Forget(ExecutableTarget target) => File.Delete(StatePath(target));

    /// <summary>One hash over the sorted relative paths and contents of the matched files ("empty" when none match).</summary>
    private string HashFiles(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in globs)
        {
            if (glob.StartsWith('!')) matcher.AddExclude(glob[1..]);
            else matcher.AddInclude(glob);
        }

        var files = matcher.GetResultsInFullPath(rootDirectory).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return "empty";
        var hash = new XxHash128();
        foreach (var file in files)
            hash.Append(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(rootDirectory, file)}\0{fileHashes.Get(file)}\n"));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private sealed record Record(string Inputs, string Parameters, string Outputs);
}
