using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>The assets tasks keep nothing of a run in process-wide state (TexturePacker's licence activation is the run's <c>OnceAsync</c>).</summary>
public sealed class StaticStateTests
{
    [Fact]
    public void The_assets_library_keeps_no_static_mutable_state() =>
        Assert.Empty(StaticState.Offenders(typeof(SpriteSheets).Assembly, new Dictionary<string, string>()));
}
