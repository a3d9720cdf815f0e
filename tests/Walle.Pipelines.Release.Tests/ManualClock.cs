namespace Walle.Pipelines.Release.Tests;

/// <summary>A clock the test moves by hand (timed pauses).</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
