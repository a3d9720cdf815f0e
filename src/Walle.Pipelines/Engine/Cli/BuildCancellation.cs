using System.Runtime.InteropServices;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM — what Jenkins sends when a build is aborted — into a cancelled token, so that
/// running targets stop through their tokens, clean up, and the summary is still written. A second signal of the
/// same kind ends the process at once.
/// </summary>
internal sealed class BuildCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode = ExitCodes.Cancelled;

    public BuildCancellation()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnSignal(context, ExitCodes.Cancelled)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => OnSignal(context, ExitCodes.Terminated)),
        ];
    }

    public CancellationToken Token => _source.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM (128 + the signal number, as a shell reports it).</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    private void OnSignal(PosixSignalContext context, int exitCode)
    {
        if (_source.IsCancellationRequested) return; // the second signal: default handling ends the process
        context.Cancel = true;
        Volatile.Write(ref _exitCode, exitCode);
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
