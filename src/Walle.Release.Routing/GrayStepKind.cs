namespace Walle.Release.Routing
{
    /// <summary>The kinds of gray step (Argo Rollouts style).</summary>
    public enum GrayStepKind
    {
        /// <summary>Set the gray percentage.</summary>
        SetWeight,

        /// <summary>Stop: until <c>GrayNext</c> (manual) or until a duration has passed and <c>GrayNext</c> runs.</summary>
        Pause,

        /// <summary>An HTTP GET that must answer 2xx before the rollout continues.</summary>
        Check,

        /// <summary>A Prometheus query whose value must not exceed a maximum before the rollout continues.</summary>
        Metric,
    }
}
