using Walle.Pipelines.Engine;
using SkiaSharp;
using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

/// <summary>
/// The TexturePacker task through the container runner, with a stand-in image (the real TexturePacker image cannot be
/// built here): the sprites go in, the sheet comes out and passes the task's own checks, the licence only as a variable.
/// </summary>
public sealed class TexturePackerInContainerTests
{
    private const string License = "TP-FLOAT-container-5e1f";

    [Fact]
    public async Task SheetIsPackedInAContainerAndVerifiedLikeALocalOne()
    {
        using var folder = TestEngine.Folder();
        var image = await ArtAndImageAsync(folder);
        var sheet = new SpriteSheetSettings { Name = "ui", SourceDirectories = [Path.Combine(folder.Path, "art", "ui")], OutputDirectory = Path.Combine(folder.Path, "out") };

        var context = TestEngine.Context(out var log);
        var runner = new DockerToolRunner(new DockerToolRunnerSettings(image)
        {
            Engine = TestEngine.Engine,
            Executable = "TexturePacker",
            SecretEnvironment = new Dictionary<string, string> { ["TP_FLOATING_LICENSE"] = License },
        }, context);
        using var scope = context.Enter();
        var files = await TexturePackerTask.PackAsync(sheet, new TexturePackerSettings { Executable = "TexturePacker", Version = "7.1.0", FloatingLicense = License, Runner = runner }, new BuildContext());

        Assert.Equal(["ui.plist", "ui.png"], files);
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "ui.plist")));
        Assert.DoesNotContain(License, log.Text);
        await runner.DisposeAsync();   // removals of exited containers run in the background until then
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image));
    }

    [Fact]
    public async Task SheetDefinedByAProjectIsPackedInAContainerThatHasTheProjectsSprites()
    {
        using var folder = TestEngine.Folder();
        var image = await ArtAndImageAsync(folder);
        // The project sits beside, not above, its sprite folder: TexturePacker resolves '../ui' from the project's folder.
        var project = Path.Combine(folder.Path, "art", "projects", "ui.tps");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        Assets.Tests.TpsFile.Write(project, new Assets.Tests.TpsFile.Options { Files = ["../ui"] });
        var sheet = Assets.TexturePacker.Projects.TexturePackerProject.Load(project, Path.Combine(folder.Path, "out"));

        var context = TestEngine.Context(out _);
        var runner = new DockerToolRunner(new DockerToolRunnerSettings(image)
        {
            Engine = TestEngine.Engine,
            Executable = "TexturePacker",
            SecretEnvironment = new Dictionary<string, string> { ["TP_FLOATING_LICENSE"] = License },
        }, context);
        var files = await TexturePackerTask.PackAsync(sheet, new TexturePackerSettings { Executable = "TexturePacker", Version = "7.1.0", FloatingLicense = License, Runner = runner }, context);

        Assert.Equal(["ui.plist", "ui.png"], files);
        await runner.DisposeAsync();
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image));
    }

    /// <summary>Sprites under <c>art/ui</c> and a TexturePacker stand-in image whose baked sheet matches them; returns the image.</summary>
    internal static async Task<string> ArtAndImageAsync(TempFolder folder, string variant = "", string extraDockerfile = "")
    {
        var art = Path.Combine(folder.Path, "art", "ui");
        Directory.CreateDirectory(art);
        var seed = Random.Shared.Next(200);
        // A colour of its own each call: the sample's sheet cache outlives a test run, and art seen before would be restored, not packed.
        var colour = (uint)Random.Shared.Next(1 << 24);
        for (var i = 0; i < 6; i++) WritePng(Path.Combine(art, $"sprite{i}.png"), 8 + i * 3 + seed % 7, 10 + i + seed % 5, colour);
        var sheet = new SpriteSheetSettings { Name = "ui", SourceDirectories = [art], OutputDirectory = Path.Combine(folder.Path, "out") };
        await BuiltInPacker.PackAsync(sheet with { OutputDirectory = Path.Combine(folder.Path, "image", "fixture") });
        File.Move(Path.Combine(folder.Path, "image", "fixture", "ui.plist"), Path.Combine(folder.Path, "image", "fixture", "sheet.plist"));
        File.Move(Path.Combine(folder.Path, "image", "fixture", "ui.png"), Path.Combine(folder.Path, "image", "fixture", "sheet.png"));
        TestEngine.CompileStatic(Path.Combine(AppContext.BaseDirectory, "Programs", "fake-texturepacker.c"), Path.Combine(folder.Path, "image", "TexturePacker"));
        folder.Write("image/Dockerfile", "FROM scratch\nCOPY TexturePacker /usr/local/bin/TexturePacker\nCOPY fixture /fixture\n" + extraDockerfile);
        var version = "7.1.0" + variant;
        var images = new ServerImageSettings([new ServerImage("texturepacker", "image")], TestEngine.Registry, "walle-tools", version, "test")
        { RootDirectory = folder.Path, Engine = TestEngine.Engine };
        await ServerImages.BuildAsync(images, TestEngine.Context(out _), CancellationToken.None);
        return $"{TestEngine.Registry}/walle-tools/texturepacker:{version}";
    }

    private static void WritePng(string path, int width, int height, uint colour)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor((byte)(colour >> 16), (byte)(colour >> 8), (byte)colour, 255));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
