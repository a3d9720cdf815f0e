using Walle.Pipelines.Client.Android;

namespace Walle.Pipelines.Client.Tests.Android;

/// <summary>Gradle's Android plugin cannot be installed here: the command is checked at argument level.</summary>
public class GradleTests
{
    [Fact]
    public void The_command_runs_the_wrapper_with_properties_offline_and_the_sdk_environment()
    {
        var command = Gradle.Command(new GradleSettings("/src/vega/android")
        {
            Tasks = ["assembleRelease", "bundleRelease"],
            Properties = new Dictionary<string, string> { ["versionCode"] = "160", ["channel"] = "huawei" },
            Offline = true,
            JavaHome = "/usr/lib/jvm/java-17",
            AndroidHome = "/opt/android-sdk",
        });

        Assert.Equal("/src/vega/android/gradlew", command.Executable);
        Assert.Equal(["--no-daemon", "--console=plain", "--offline", "-Pchannel=huawei", "-PversionCode=160", "assembleRelease", "bundleRelease"], command.Arguments.Select(a => a.Value));
        Assert.Equal("/usr/lib/jvm/java-17", command.Environment["JAVA_HOME"]);
        Assert.Equal("/opt/android-sdk", command.Environment["ANDROID_HOME"]);
        Assert.Equal("/src/vega/android", command.WorkingDirectory);
    }

    [Fact]
    public async Task A_missing_wrapper_is_named()
    {
        using var temp = new TempFolder();
        var e = await Assert.ThrowsAsync<FileNotFoundException>(() => Gradle.BuildAsync(new GradleSettings(temp.Path), new Engine.BuildContext()));
        Assert.Contains("gradlew", e.Message);
    }
}
