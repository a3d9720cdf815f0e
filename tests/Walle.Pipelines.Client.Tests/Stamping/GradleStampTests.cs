using Walle.Pipelines.Client.Stamping;
using Walle.Pipelines.Client.Versioning;

namespace Walle.Pipelines.Client.Tests.Stamping;

public class GradleStampTests
{
    private static readonly AppVersion Version = new("1.6.0", 160, null);

    private const string Groovy = """
        // versionCode 1 in a comment stays
        plugins { id 'com.android.application' }

        android {
            namespace 'com.studio.vega'
            compileSdk 34
            /* defaultConfig { versionCode 2 } in a block comment stays */
            defaultConfig {
                applicationId "com.studio.vega"
                minSdk 21
                versionCode 152        // bumped by Walle
                versionName "1.5.2"
                buildConfigField "String", "NOTE", "\"versionName 'x'\""
            }
            productFlavors {
                cn { versionNameSuffix "-cn" }
            }
        }
        """;

    private const string Kotlin = """
        android {
            defaultConfig {
                applicationId = "com.studio.vega"
                versionCode = 152
                versionName = "1.5.2"
            }
        }
        """;

    [Fact]
    public void Groovy_changes_only_the_default_config_values()
    {
        using var temp = new TempFolder();
        var text = Groovy.Replace("\n", "\r\n");
        var path = temp.File("build.gradle", text);

        Assert.True(GradleStamp.Apply(path, Version));

        Assert.Equal(text.Replace("versionCode 152 ", "versionCode 160 ").Replace("versionName \"1.5.2\"", "versionName \"1.6.0\""), File.ReadAllText(path));
    }

    [Fact]
    public void Kotlin_script_assignments_are_changed()
    {
        using var temp = new TempFolder();
        var path = temp.File("build.gradle.kts", Kotlin);

        GradleStamp.Apply(path, Version);

        Assert.Equal(Kotlin.Replace("versionCode = 152", "versionCode = 160").Replace("versionName = \"1.5.2\"", "versionName = \"1.6.0\""), File.ReadAllText(path));
    }

    [Theory]
    [InlineData("android { }", "no 'defaultConfig { }' block")]
    [InlineData("android { defaultConfig { versionName \"1\" } }", "no 'versionCode <number>'")]
    [InlineData("android { defaultConfig { versionCode 3\n versionName computeName() } }", "no 'versionName \"<name>\"'")]
    [InlineData("android { defaultConfig { versionCode 3", "not closed")]
    public void A_file_walle_cannot_stamp_safely_is_refused_unchanged(string text, string message)
    {
        using var temp = new TempFolder();
        var path = temp.File("build.gradle", text);

        var e = Assert.Throws<StampException>(() => GradleStamp.Apply(path, Version));

        Assert.Contains(message, e.Message);
        Assert.Equal(text, File.ReadAllText(path));
    }
}
