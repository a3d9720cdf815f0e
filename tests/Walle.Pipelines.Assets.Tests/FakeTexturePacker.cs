namespace Walle.Pipelines.Assets.Tests;

/// <summary>
/// A fake <c>TexturePacker</c> executable (a bash script) that mimics the real CLI's outputs and failures. What it
/// does is read from files next to it, so each test controls its own fake: <c>mode</c> = ok (copies a fixture sheet
/// to the <c>--data</c> / <c>--sheet</c> paths), silent (exit 0, writes nothing), fail (exit 3 with a message) or
/// reject-licence (activation fails echoing the key); <c>version</c> = what <c>--version</c> reports.
/// Every call's arguments are recorded (<see cref="FakeToolCalls"/>).
/// </summary>
internal sealed class FakeTexturePacker
{
    private const string Script = $$$"""
        #!/bin/bash
        here="$(cd "$(dirname "$0")" && pwd)"
        {{{FakeToolCalls.RecordLine}}}
        if [ "$1" = "--version" ]; then echo "TexturePacker $(cat "$here/version")"; exit 0; fi
        mode="$(cat "$here/mode")"
        if [ "$1" = "--activate-license" ]; then
          if [ "$mode" = "reject-licence" ]; then echo "Error: licence key $2 is not valid for this host" >&2; exit 4; fi
          echo "Licence activated"; exit 0
        fi
        data=""; sheet=""
        while [ $# -gt 0 ]; do
          case "$1" in --data) data="$2"; shift;; --sheet) sheet="$2"; shift;; esac
          shift
        done
        case "$mode" in
          silent) echo "Writing sprite sheet... done"; exit 0;;
          fail) echo "TexturePacker: error: could not read image file (corrupt)" >&2; exit 3;;
          *) cp "$here/fixture.plist" "$data" && cp "$here/fixture.png" "$sheet"; echo "Resulting sprite sheet is 128x128"; exit 0;;
        esac
        """;

    public FakeTexturePacker(string folder, string mode = "ok", string version = "7.1.0")
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        Executable = Path.Combine(folder, "TexturePacker");
        File.WriteAllText(Executable, Script.Replace("\r", ""));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Mode = mode;
        File.WriteAllText(Path.Combine(folder, "version"), version);
    }

    public string Folder { get; }
    public string Executable { get; }

    public string Mode
    {
        set => File.WriteAllText(Path.Combine(Folder, "mode"), value);
    }

    /// <summary>The sheet the fake "packs": a plist and texture made beforehand (e.g. by the built-in packer).</summary>
    public void UseFixture(string plist, string png)
    {
        File.Copy(plist, Path.Combine(Folder, "fixture.plist"), overwrite: true);
        File.Copy(png, Path.Combine(Folder, "fixture.png"), overwrite: true);
    }

    /// <summary>Each call's argument list.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Calls => FakeToolCalls.Read(Folder);
}
