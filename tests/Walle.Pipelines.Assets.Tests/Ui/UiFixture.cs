using Walle.Pipelines.Engine;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.Ui.Native;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>
/// A game folder for UI tests: Vega's sample layouts copied to <c>ui/</c>, its sheets packed for real by the
/// built-in packer into <c>res/sheets/</c> (from samples/Vega/art, the .tps-defined sheet included), and the one
/// loose image the login layout names.
/// </summary>
internal sealed class UiFixture : IDisposable
{
    public TempFolder Temp { get; } = new();

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SampleUi => Path.Combine(RepositoryRoot, "samples", "Vega", "ui");

    public string Ui => Temp["ui"];
    public string Resources => Temp["res"];
    public string Output => Temp["out"];

    public static async Task<UiFixture> CreateAsync()
    {
        var fixture = new UiFixture();
        CopyFolder(SampleUi, fixture.Ui);
        var art = Path.Combine(RepositoryRoot, "samples", "Vega", "art");
        await SpriteSheets.BuildAsync(new SheetBuildSettings
        {
            Sheets = SheetFolders.Discover(art, Path.Combine(fixture.Resources, "sheets")),
            StateDirectory = fixture.Temp["sheet-state"],
        }, new BuildContext());
        var icon = Path.Combine(fixture.Resources, "ui", "login", "icon_000.png");
        Directory.CreateDirectory(Path.GetDirectoryName(icon)!);
        File.Copy(Path.Combine(RepositoryRoot, "samples", "Vega", "client", "res", "ui", "login", "icon_000.png"), icon);
        return fixture;
    }

    public NativeUiExportSettings Settings(string? output = null) => new()
    {
        SourceDirectory = Ui,
        OutputDirectory = output ?? Output,
        ResourceDirectories = [Resources, Ui],
        StateDirectory = Temp["state-" + Path.GetFileName(output ?? Output)],
        MaxParallelism = 2,
    };

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRoot()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, "Walle.slnx"))) return folder;
        throw new InvalidOperationException("Walle.slnx not found above the test folder.");
    }

    /// <inheritdoc />
    public void Dispose() => Temp.Dispose();
}
