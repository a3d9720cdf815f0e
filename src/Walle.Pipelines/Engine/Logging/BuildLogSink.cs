using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Walle.Pipelines.Engine;

/// <summary>Sends Serilog events (the <c>Log.Information(...)</c> calls of targets and tasks) to the build output.</summary>
internal sealed class BuildLogSink(BuildOutput output) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        var message = Render(logEvent);
        if (logEvent.Exception is { } exception)
            message += Environment.NewLine + (output.Verbosity == Verbosity.Verbose ? exception.ToString() : exception.Message);
        output.Write(logEvent.Level, message);
    }

    /// <summary>Renders the message with string values unquoted, as a person reads a build log.</summary>
    private static string Render(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is PropertyToken property && logEvent.Properties.TryGetValue(property.PropertyName, out var value)
                && value is ScalarValue { Value: string text })
                writer.Write(text);
            else
                token.Render(logEvent.Properties, writer, CultureInfo.InvariantCulture);
        }

        return writer.ToString();
    }
}
