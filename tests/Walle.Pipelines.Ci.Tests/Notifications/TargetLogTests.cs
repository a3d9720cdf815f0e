namespace Walle.Pipelines.Ci.Tests.Notifications;

public sealed class TargetLogTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Lines_of_a_target_are_found_in_its_block_or_by_its_parallel_prefix()
    {
        File.WriteAllText(_file, """

            ── Compile ─────────────
            10:00:00.001 compiled
            10:00:00.002 ERR Compile warning
            ── Package ─────────────
            10:00:01.000 step 1
            10:00:01.001 step 2
            10:00:01.002 [Sheets] packing ui
            10:00:01.003 ERR keystore was tampered with

              Target   Status
              Package  Failed
            10:00:02.000 [Sheets] done
            10:00:02.001 [Package] prefixed line

            """);

        Assert.Equal(["step 2", "ERR keystore was tampered with", "prefixed line"], Ci.TargetLog.LastLines(_file, "Package", 3));
        Assert.Equal(["packing ui", "done"], Ci.TargetLog.LastLines(_file, "Sheets", 10));
        Assert.Empty(Ci.TargetLog.LastLines(_file, "Upload", 10));
        Assert.Empty(Ci.TargetLog.LastLines(_file + ".missing", "Package", 10));
    }
}
