using Walle.Pipelines.Engine;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Components;

public class ReleaseComponentTests
{
    [Fact]
    public async Task Gray_from_the_command_line_dry_run_first()
    {
        using var build = new ReleaseBuildHarness();
        string[] start = ["GrayStart", "--platform", "ios", "--release-channel", "appstore", "--gray-version", "1.5.1",
            "--gray-manifest", "https://cdn.vega.example.com/1.5.1/project.manifest", "--gray-steps", "2%, pause, 10%, pause", "--gray-accounts", "qa-1,qa-2"];

        var dry = build.Run([.. start, "--dry-run"]);
        Assert.Equal(ExitCodes.Success, dry.ExitCode);
        Assert.Contains("+ tracks[ios/appstore].gray.percentage = 2%", dry.Output);
        Assert.Contains("Dry run: nothing written (based on revision 0)", dry.Output);
        Assert.Contains("Run again without --dry-run to publish it (add --release-base-revision 0", dry.Output);
        Assert.Null(await build.Store.HeadAsync("release/routing.json"));

        var moved = build.Run([.. start, "--release-base-revision", "7"]);
        Assert.Equal(ExitCodes.BuildFailed, moved.ExitCode);
        Assert.Contains("not 7 as expected", moved.Output);
        Assert.Contains("--release-base-revision names the revision expected", moved.Output);

        var run = build.Run([.. start, "--release-base-revision", "0"]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Published revision 1", run.Output);

        Assert.Equal(ExitCodes.Success, build.Run("GrayNext", "--platform", "ios").ExitCode);
        var status = build.Run("ReleaseStatus");
        Assert.Matches(@"ios/appstore\s+\| 1\.5\.0 .*\| 1\.5\.1 · 10% · step 4/4 \(pause\)", status.Output);

        var history = build.Run("ReleaseHistory");
        Assert.Matches(@"2  \S+ \S+  jenkins-alice  GrayNext: ios/appstore 2% → 10%", history.Output);
        Assert.Matches(@"1  \S+ \S+  jenkins-alice  GrayStart 1.5.1: ios/appstore at 2%", history.Output);

        Assert.Equal(ExitCodes.Success, build.Run("GrayPromote", "--platform", "ios").ExitCode);
        var promoteAgain = build.Run("GrayPromote", "--platform", "ios");
        Assert.Equal(ExitCodes.BuildFailed, promoteAgain.ExitCode);
        Assert.Contains("No gray is running on ios/*: nothing to promote", promoteAgain.Output);

        Assert.Equal(ExitCodes.Success, build.Run("ReleaseRollback", "--release-to-revision", "2").ExitCode);
        var store = new RoutingStore(build.Store, new ReleaseStoreLayout());
        var live = (await store.LoadLiveAsync())!.Document;
        Assert.Equal(4, live.Revision);
        Assert.Equal(10m, live.Tracks[0].Gray!.Percentage);
        Assert.Equal(["qa-1", "qa-2"], live.Tracks[0].Gray!.Accounts);
    }

    [Fact]
    public async Task Review_from_the_command_line()
    {
        using var build = new ReleaseBuildHarness();
        string[] submit = ["ReviewSubmit", "--review-version", "1.6.0", "--platform", "ios", "--review-manifest", "https://cdn/review/project.manifest"];
        var refused = build.Run(submit);
        Assert.Equal(ExitCodes.BuildFailed, refused.ExitCode);
        Assert.Contains("ios 1.6.0 was never packaged", refused.Output);
        Assert.Contains("pass --release-force to submit anyway", refused.Output);

        Assert.Equal(ExitCodes.Success, build.Run([.. submit, "--release-force"]).ExitCode);
        Assert.Equal(ExitCodes.Success, build.Run("ReviewApprove", "--review-version", "1.6.0", "--platform", "ios").ExitCode);
        var live = (await new RoutingStore(build.Store, new ReleaseStoreLayout()).LoadLiveAsync())!.Document;
        Assert.Empty(live.Reviews);
        Assert.Equal(ClientVersion.Parse("1.6.0"), live.Tracks.Single(t => t.Platform == "ios").Production.ClientVersions.Max);
    }

    [Fact]
    public async Task A_corrupt_live_document_is_repaired_with_the_rollback_parameter_the_message_names()
    {
        using var build = new ReleaseBuildHarness();
        Assert.Equal(ExitCodes.Success, build.Run(StartGray).ExitCode);
        Assert.Equal(ExitCodes.Success, build.Run("GrayNext", "--platform", "ios").ExitCode);
        await build.Store.PutAsync("release/routing.json", new MemoryStream("{\"schemaVersion\": 1, \"revision\": "u8.ToArray()));

        foreach (var refused in new[] { build.Run("GrayNext", "--platform", "ios"), build.Run("ReleaseStatus") })
        {
            Assert.Equal(ExitCodes.BuildFailed, refused.ExitCode);
            Assert.Contains("release/routing.json is invalid", refused.Output);
            Assert.Contains("run ReleaseRollback --release-to-revision N (the latest revision kept is 2", refused.Output);
            Assert.DoesNotContain(" --to-revision", refused.Output);
        }

        Assert.Equal(ExitCodes.Success, build.Run("ReleaseRollback", "--release-to-revision", "2").ExitCode);
        var live = (await new RoutingStore(build.Store, new ReleaseStoreLayout()).LoadLiveAsync())!.Document;
        Assert.Equal(3, live.Revision);
        Assert.Equal(10m, live.Tracks[0].Gray!.Percentage);
    }

    [Fact]
    public async Task A_deleted_live_document_is_corruption_every_target_says_so_and_rollback_restores_it()
    {
        using var build = new ReleaseBuildHarness();
        Assert.Equal(ExitCodes.Success, build.Run(StartGray).ExitCode);
        Assert.Equal(ExitCodes.Success, build.Run("GrayNext", "--platform", "ios").ExitCode);
        await build.Store.DeleteAsync("release/routing.json");

        var status = build.Run("ReleaseStatus");
        var start = build.Run(StartGray);
        foreach (var refused in new[] { status, start })
        {
            Assert.Equal(ExitCodes.BuildFailed, refused.ExitCode);
            Assert.Contains("release/routing.json is missing, but revisions up to 2 exist", refused.Output);
            Assert.Contains("run ReleaseRollback --release-to-revision N (the latest revision kept is 2", refused.Output);
            Assert.DoesNotContain("never went live", refused.Output);
        }
        Assert.DoesNotContain("revision 0 (seed)", status.Output);
        Assert.Null(await build.Store.HeadAsync("release/revisions/000003.json"));
        Assert.Null(await build.Store.HeadAsync("release/routing.json"));

        var rollback = build.Run("ReleaseRollback", "--release-to-revision", "2");
        Assert.True(rollback.ExitCode == ExitCodes.Success, rollback.Output);
        var live = (await new RoutingStore(build.Store, new ReleaseStoreLayout()).LoadLiveAsync())!.Document;
        Assert.Equal(3, live.Revision);
        Assert.Equal(10m, live.Tracks[0].Gray!.Percentage);
        Assert.Matches(@"ios/appstore\s+\| 1\.5\.0 .*\| 1\.5\.1 · 10%", build.Run("ReleaseStatus").Output);
    }

    private static readonly string[] StartGray = ["GrayStart", "--platform", "ios", "--release-channel", "appstore", "--gray-version", "1.5.1",
        "--gray-manifest", "https://cdn.vega.example.com/1.5.1/project.manifest", "--gray-steps", "2%, pause, 10%, pause"];

    [Fact]
    public void Status_before_the_first_publish_shows_the_seed()
    {
        using var build = new ReleaseBuildHarness();
        var status = build.Run("ReleaseStatus");
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Contains("Nothing published yet", status.Output);
        Assert.Contains("Routing revision 0 (seed)", status.Output);
        Assert.Matches(@"android/taptap\s+\| 1\.5\.0", status.Output);
    }

    [Theory]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0", "GrayManifest")]
    [InlineData("ReviewSubmit --platform ios --review-version 1.x --review-manifest https://cdn/m", "ReviewVersion: '1.x' is not a client version")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0 --gray-manifest https://cdn/m --gray-client-versions 1.x", "GrayClientVersions: '1.x' is not a client version")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0 --gray-manifest https://cdn/m --gray-networks 10.0.0.0/40", "GrayNetworks: '10.0.0.0/40' is not a CIDR range")]
    [InlineData("ReleaseRollback", "ReleaseToRevision")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0 --gray-manifest not-a-url", "GrayManifest (--gray-manifest): 'not-a-url' is not an absolute http(s) URL")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0 --gray-manifest ftp://cdn/1.6.0/project.manifest", "GrayManifest (--gray-manifest): 'ftp://cdn/1.6.0/project.manifest' is not an absolute http(s) URL")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0 --gray-manifest /1.6.0/project.manifest", "GrayManifest (--gray-manifest): '/1.6.0/project.manifest' is not an absolute http(s) URL")]
    [InlineData("GrayStart --platform ios --gray-version abc --gray-manifest https://cdn/abc/project.manifest", "GrayVersion (--gray-version): 'abc' is not a version a cocos2d-x client compares")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0-rc1 --gray-manifest https://cdn/1.6.0/project.manifest", "GrayVersion (--gray-version): '1.6.0-rc1' is not a version")]
    [InlineData("ReviewSubmit --platform ios --review-version 1.6.0 --review-manifest not-a-url --release-force", "ReviewManifest (--review-manifest): 'not-a-url' is not an absolute http(s) URL")]
    [InlineData("ReviewApprove --platform ios --review-version 1.6.0 --review-gray --gray-manifest not-a-url", "GrayManifest (--gray-manifest): 'not-a-url'")]
    [InlineData("ReleaseRollback --release-to-revision 9", "Revision 9 does not exist")]
    [InlineData("ReleaseRollback --release-to-revision 9", "Check --release-to-revision (ReleaseHistory lists the revisions).")]
    [InlineData("GrayStart --platform ios --release-channel nowhere --gray-version 1.6.0 --gray-manifest https://cdn/1.6.0/project.manifest", "Check --platform / --release-channel.")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0 --gray-manifest https://cdn/1.6.0/project.manifest --release-seed /no/such/seed.json", "The seed file is --release-seed")]
    [InlineData("ReviewSubmit --platform ios --review-version 1.6.0 --review-manifest https://cdn/review/project.manifest", "pass --release-force to submit anyway")]
    [InlineData("GrayStart --platform ios --gray-version 1.6.0 --gray-manifest https://cdn/1.6.0/project.manifest --release-base-revision 3", "--release-base-revision names the revision expected")]
    public async Task Bad_parameters_name_the_parameter_and_nothing_is_written(string args, string message)
    {
        using var build = new ReleaseBuildHarness();
        var result = build.Run(args.Split(' '));
        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains(message, result.Output);
        await foreach (var written in build.Store.ListAsync("")) Assert.Fail($"nothing may be written, found {written.Key}");
    }
}
