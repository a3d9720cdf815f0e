namespace Walle.Pipelines.Assets.Tests;

/// <summary>
/// How the fake tools record their calls: each call writes its arguments, one per line, to a file of its own under
/// <c>calls/</c> (named by the time in nanoseconds and the process id), so calls running in parallel never mix.
/// </summary>
internal static class FakeToolCalls
{
    /// <summary>The bash line a fake script starts with (after setting <c>here</c> to its folder).</summary>
    public const string RecordLine = """mkdir -p "$here/calls"; printf '%s\n' "$@" > "$here/calls/$(date +%s%N)-$$" """;

    /// <summary>Each call's argument list, in the order the calls started.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string folder)
    {
        var calls = Path.Combine(folder, "calls");
        if (!Directory.Exists(calls)) return [];
        return Directory.GetFiles(calls).Order(StringComparer.Ordinal).Select(f => (IReadOnlyList<string>)File.ReadAllLines(f)).ToList();
    }
}
