using System.Text.Json;
using Walle.Pipelines.Client.Packaging;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Patch;

namespace Walle.Pipelines.Client.Tests.Packaging;

public class ClientAssetsTests
{
    private static async Task<(TempFolder Temp, ClientAssetsSettings Settings)> ContentAsync()
    {
        var temp = new TempFolder();
        temp.File("content/src/main.lua", "print('vega')");
        temp.File("content/res/ui/logo.png", "png bytes");
        var manifest = await PatchManifests.GenerateAsync(new PatchManifestSettings(Path.Combine(temp.Path, "content"), "1.6.0"), new BuildContext());
        await PatchManifests.WriteAsync(manifest, Path.Combine(temp.Path, "manifests"));
        return (temp, new ClientAssetsSettings(Path.Combine(temp.Path, "content"), Path.Combine(temp.Path, "manifests"), Path.Combine(temp.Path, "assets"), new BundledVersion("1.6.0", 160, "1.6.0")));
    }

    [Fact]
    public async Task The_assets_hold_the_manifests_files_the_manifests_and_walle_json()
    {
        var (temp, settings) = await ContentAsync();
        using var _ = temp;
        File.WriteAllText(temp.File("content/.DS_Store"), "not in the manifest");

        await ClientAssets.StageAsync(settings, new BuildContext());

        var files = Directory.GetFiles(settings.OutputDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(settings.OutputDirectory, f)).Order(StringComparer.Ordinal);
        Assert.Equal(["project.manifest", "res/ui/logo.png", "src/main.lua", "version.manifest", "walle.json"], files);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(settings.OutputDirectory, "walle.json")));
        Assert.Equal("1.6.0", json.RootElement.GetProperty("appVersion").GetString());
        Assert.Equal(160, json.RootElement.GetProperty("versionCode").GetInt32());
        Assert.Equal("1.6.0", json.RootElement.GetProperty("patchVersion").GetString());
    }

    [Fact]
    public async Task Content_changed_after_its_manifest_is_refused()
    {
        var (temp, settings) = await ContentAsync();
        using var _ = temp;
        File.WriteAllText(Path.Combine(settings.ContentDirectory, "src", "main.lua"), "print('changed')");

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => ClientAssets.StageAsync(settings, new BuildContext()));

        Assert.Contains("src/main.lua", e.Message);
        Assert.Contains("PatchManifest", e.Message);
    }

    [Fact]
    public async Task A_missing_manifest_or_file_is_named()
    {
        var (temp, settings) = await ContentAsync();
        using var _ = temp;
        File.Delete(Path.Combine(settings.ContentDirectory, "res", "ui", "logo.png"));
        Assert.Contains("res/ui/logo.png", (await Assert.ThrowsAsync<FileNotFoundException>(() => ClientAssets.StageAsync(settings, new BuildContext()))).Message);
        var noManifest = settings with { ManifestDirectory = Path.Combine(temp.Path, "nothing") };
        Assert.Contains("PatchManifest", (await Assert.ThrowsAsync<FileNotFoundException>(() => ClientAssets.StageAsync(noManifest, new BuildContext()))).Message);
    }
}
