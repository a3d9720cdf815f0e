using Google.FlatBuffers;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>
/// A fake <c>CCSUIExporter</c> (a bash script) for argument-level tests: for <c>--input</c> (a .csd or a folder of
/// them) it writes one .csb per layout into <c>--output</c>. What it writes comes from the file <c>mode</c> next to
/// it: ok (a copy of <c>fixture.csb</c>), empty (0 bytes), garbage (text), skip (nothing for layouts named
/// <c>skip*</c>), fail (exit 2 with a message). Every call's arguments are recorded (<see cref="FakeToolCalls"/>).
/// </summary>
internal sealed class FakeCcsUiExporter
{
    private const string Script = $$$"""
        #!/bin/bash
        here="$(cd "$(dirname "$0")" && pwd)"
        {{{FakeToolCalls.RecordLine}}}
        mode="$(cat "$here/mode")"
        input=""; output=""
        while [ $# -gt 0 ]; do
          case "$1" in --input) input="$2"; shift;; --output) output="$2"; shift;; esac
          shift
        done
        if [ "$mode" = "fail" ]; then echo "CCSUIExporter: error: cannot open project" >&2; exit 2; fi
        if [ -d "$input" ]; then files=("$input"/*.csd); else files=("$input"); fi
        for f in "${files[@]}"; do
          name="$(basename "$f" .csd)"
          case "$mode" in
            empty) : > "$output/$name.csb";;
            garbage) echo "not a flatbuffer at all, sorry" > "$output/$name.csb";;
            skip) case "$name" in skip*) ;; *) cp "$here/fixture.csb" "$output/$name.csb";; esac;;
            *) cp "$here/fixture.csb" "$output/$name.csb";;
          esac
        done
        echo "exported ${#files[@]} layouts"
        """;

    public FakeCcsUiExporter(string folder, string mode = "ok")
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        Executable = Path.Combine(folder, "CCSUIExporter");
        File.WriteAllText(Executable, Script.Replace("\r", ""));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllBytes(Path.Combine(folder, "fixture.csb"), MinimalLayout());
        Mode = mode;
    }

    public string Folder { get; }
    public string Executable { get; }

    public string Mode
    {
        set => File.WriteAllText(Path.Combine(Folder, "mode"), value);
    }

    /// <summary>Each call's argument list.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Calls => FakeToolCalls.Read(Folder);

    /// <summary>The smallest layout the runtime opens: CSParseBinary { version, nodeTree { classname "Node" } }.</summary>
    public static byte[] MinimalLayout()
    {
        var builder = new FlatBufferBuilder(64);
        var classname = builder.CreateString("Node");
        builder.StartTable(4);
        builder.AddOffset(0, classname.Value, 0);
        var tree = builder.EndTable();
        var version = builder.CreateString("2.1.0.0");
        builder.StartTable(6);
        builder.AddOffset(3, tree, 0);
        builder.AddOffset(0, version.Value, 0);
        builder.Finish(builder.EndTable());
        return builder.SizedByteArray();
    }
}
