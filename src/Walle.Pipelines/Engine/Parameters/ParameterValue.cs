namespace Walle.Pipelines.Engine;

/// <summary>Raw text of a parameter as found in one source, before conversion.</summary>
/// <param name="Values">One value, or several for an array parameter; empty for a bare CLI flag.</param>
/// <param name="Source">Where it came from, as shown in <c>--help</c> and errors, e.g. "environment PATCH_SOURCE".</param>
internal sealed record ParameterValue(IReadOnlyList<string> Values, string Source);
