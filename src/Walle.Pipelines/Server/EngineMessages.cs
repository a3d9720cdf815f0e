using Docker.DotNet;
using Docker.DotNet.Models;
using Serilog.Events;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Server;

/// <summary>
/// Reads the engine's progress stream of one build, push or pull: logs it (prefixed with the service, secrets masked),
/// and keeps the first error and the pushed digest. The engine reports build and push failures here, not as HTTP
/// errors, so every call through it ends with <see cref="ThrowIfFailed"/>. Reports arrive synchronously, in order.
/// </summary>
internal sealed class EngineMessages(string service, string action, BuildContext context) : IProgress<JSONMessage>
{
    /// <summary>The engine's first error message, masked.</summary>
    public string? Error { get; private set; }

    /// <summary>The digest a push reported (<c>aux.Digest</c>).</summary>
    public string? Digest { get; private set; }

    /// <summary>How many layers the engine skipped because the registry already had them.</summary>
    public int LayersAlreadyThere { get; private set; }

    /// <inheritdoc />
    public void Report(JSONMessage message)
    {
        if (message.Error?.Message is { Length: > 0 } error)
        {
            Error ??= context.Secrets.Apply(error.Trim());
            return;
        }
        if (message.Aux?.ExtensionData is { } aux && aux.TryGetValue("Digest", out var digest)) Digest = digest?.ToString();
        var line = (message.Stream ?? JoinStatus(message)).TrimEnd();
        if (line.Length == 0) return;
        line = context.Secrets.Apply(line);
        if (message.Status == "Layer already exists") LayersAlreadyThere++;
        // Steps and layer results are worth a Jenkins log line; per-chunk progress is verbose-only.
        var level = message.Progress is null && (line.StartsWith("Step ", StringComparison.Ordinal) || message.Status is not null || line.StartsWith("Successfully", StringComparison.Ordinal))
            ? LogEventLevel.Information : LogEventLevel.Debug;
        if (message.Status is "Pushing" or "Downloading" or "Extracting" or "Preparing" or "Waiting") level = LogEventLevel.Debug;
        context.Logger.Write(level, "{Service} {Action}: {Line}", service, action, line);
    }

    /// <summary>Throws <see cref="ServerImageException"/> with the engine's message when the stream reported an error.</summary>
    public void ThrowIfFailed(ServerImageFailure failure, string what)
    {
        if (Error is null) return;
        // The registry's refusal of a login reaches us only as the engine's text (distribution's error codes).
        if (failure == ServerImageFailure.Push && (Error.Contains("unauthorized", StringComparison.OrdinalIgnoreCase) || Error.Contains("authentication required", StringComparison.OrdinalIgnoreCase)))
            failure = ServerImageFailure.Unauthorized;
        throw new ServerImageException(service, failure, $"{what} (service '{service}') failed; the engine said: {Error}");
    }

    /// <summary>What the engine said when it refused a call outright (an HTTP error, not a progress-stream error), masked.</summary>
    public static string Said(DockerApiException e, BuildContext context) => context.Secrets.Apply((e.ResponseBody ?? e.Message).Trim());

    private static string JoinStatus(JSONMessage message) =>
        string.Join(' ', new[] { message.ID, message.Status }.Where(s => !string.IsNullOrEmpty(s)));
}
