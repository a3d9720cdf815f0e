namespace Walle.Pipelines.Assets.TexturePacker;

/// <summary>How to run TexturePacker (the sheet itself is described by <see cref="Sheets.SpriteSheetSettings"/>).</summary>
public sealed record TexturePackerSettings
{
    /// <summary>Full path of the TexturePacker executable; null when it is not installed on this machine.</summary>
    public string? Executable { get; init; }

    /// <summary>
    /// The TexturePacker version the studio pins (e.g. <c>7.1.0</c>). It is part of the cache key, so machines without
    /// TexturePacker can reuse sheets packed on a licensed host; a licensed host with another version fails the build.
    /// </summary>
    public required string Version { get; init; }

    /// <summary>Floating licence key; activated once per process before the first pack. Never printed.</summary>
    public string? FloatingLicense { get; init; }

    /// <summary>Where TexturePacker is installed, for error messages (e.g. "Jenkins agents labelled 'texturepacker'").</summary>
    public string LicensedHosts { get; init; } = "the Jenkins agents labelled 'texturepacker'";

    /// <summary>Extra arguments appended before the sprite folders (for options Walle does not model).</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>
    /// Where TexturePacker runs; null: the run's runner (a local process). A container runner
    /// (<see cref="Walle.Pipelines.Tooling.DockerToolRunner"/>) runs the image's TexturePacker and hands it the licence as a
    /// secret environment variable, so no activation runs with the key on a command line.
    /// </summary>
    public Walle.Pipelines.Tooling.IToolRunner? Runner { get; init; }

    /// <summary>Longest a single run may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(20);
}
