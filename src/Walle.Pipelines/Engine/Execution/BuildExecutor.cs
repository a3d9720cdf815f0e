using System.Diagnostics;
using Serilog;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Runs a plan: up to <c>--parallel</c> targets at once, each as soon as the targets it waits for have finished
/// and its <c>Uses</c> resources have a free slot. After a failure no new target starts (unless it proceeds
/// after failure, <c>--continue</c> is given, or it is assured after failure); targets that depend on a failed
/// one never run.
/// </summary>
internal sealed class BuildExecutor(BuildOutput output, ILogger log, TargetFingerprint fingerprint, int parallel, bool continueAfterFailure)
{
    private readonly Dictionary<string, int> _resourcesInUse = new(StringComparer.Ordinal);

    /// <summary>Called just before a target's actions run.</summary>
    public Action<ExecutableTarget>? TargetStarting { get; init; }

    /// <summary>Called once a target that was started is settled (succeeded, failed, skipped, up to date, aborted).</summary>
    public Action<ExecutableTarget>? TargetFinished { get; init; }

    public async Task RunAsync(IReadOnlyList<ExecutableTarget> plan, IReadOnlySet<ExecutableTarget> invoked, CancellationToken cancellationToken)
    {
        var planned = plan.ToHashSet();
        var waitsFor = plan.ToDictionary(t => t, t => ExecutionPlanner.Predecessors(t, planned).ToList());
        var finished = plan.Where(t => t.Status == TargetStatus.Skipped).ToHashSet();
        var pending = plan.Where(t => !finished.Contains(t)).ToList();
        var running = new Dictionary<Task, ExecutableTarget>();
        var stopped = false;

        while (pending.Count > 0 || running.Count > 0)
        {
            foreach (var target in pending.ToList())
            {
                if (running.Count >= parallel) break;
                if (!waitsFor[target].All(finished.Contains)) continue;
                if (Settle(target, plan, invoked, stopped, cancellationToken))
                {
                    pending.Remove(target);
                    finished.Add(target);
                    continue;
                }

                if (!TryAcquire(target)) continue;
                pending.Remove(target);
                running.Add(Task.Run(() => RunTargetAsync(target, cancellationToken), CancellationToken.None), target);
            }

            if (running.Count == 0)
            {
                if (pending.Count > 0 && !pending.Any(t => waitsFor[t].All(finished.Contains)))
                    throw new InvalidOperationException("No target can start: " + string.Join(", ", pending));
                continue;
            }

            var done = await Task.WhenAny(running.Keys);
            var completed = running[done];
            running.Remove(done);
            Release(completed);
            finished.Add(completed);
            if (completed.Status is TargetStatus.Failed && !completed.Definition.ProceedsAfterFailure && !continueAfterFailure)
                stopped = true;
        }
    }

    /// <summary>Decides a target's outcome without running it, when there is one; true if it was settled.</summary>
    private static bool Settle(
        ExecutableTarget target, IReadOnlyList<ExecutableTarget> plan, IReadOnlySet<ExecutableTarget> invoked, bool stopped, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return SetOutcome(target, TargetStatus.NotRun, "cancelled");
        if (target.Definition.IsAssuredAfterFailure)
            return false;
        if (stopped)
            return SetOutcome(target, TargetStatus.NotRun, "build stopped after a failure");
        if (target.Dependencies.FirstOrDefault(d => d.Status is TargetStatus.Failed or TargetStatus.NotRun or TargetStatus.Aborted) is { } broken)
            return SetOutcome(target, TargetStatus.NotRun, $"{broken.Name} {(broken.Status == TargetStatus.Failed ? "failed" : "did not run")}");
        if (SkipRules.IsSkippedWithDependents(target, plan, invoked, evaluateDynamic: true))
            return SetOutcome(target, TargetStatus.Skipped, "only needed by skipped targets");
        return false;
    }

    private static bool SetOutcome(ExecutableTarget target, TargetStatus status, string note)
    {
        target.Status = status;
        target.Note = note;
        return true;
    }

    private async Task RunTargetAsync(ExecutableTarget target, CancellationToken cancellationToken)
    {
        output.CurrentTarget = target.Name;
        if (!output.PrefixTargets && target.Definition.Actions.Count > 0) output.WriteRaw($"{Environment.NewLine}── {target.Name} {new string('─', Math.Max(3, 60 - target.Name.Length))}{Environment.NewLine}");
        var clock = Stopwatch.StartNew();
        using var running = output.Live?.ShowRunning(target.Name);
        try
        {
            if (target.Definition.DynamicConditions.Any(condition => !condition()))
            {
                SetOutcome(target, TargetStatus.Skipped, "condition false");
                log.Information("Skipped: condition false");
                return;
            }

            if (TargetFingerprint.Applies(target))
            {
                var reason = fingerprint.WhyRun(target);
                if (reason is null)
                {
                    SetOutcome(target, TargetStatus.UpToDate, "inputs and outputs unchanged");
                    log.Information("Up to date: inputs and outputs unchanged since the last success");
                    return;
                }

                log.Debug("Running because {Reason}", reason);
            }

            TargetStarting?.Invoke(target);
            foreach (var action in target.Definition.Actions)
                await action(cancellationToken);
            target.Status = TargetStatus.Succeeded;
            if (TargetFingerprint.Applies(target)) fingerprint.Save(target);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SetOutcome(target, TargetStatus.Aborted, "cancelled");
            log.Warning("Cancelled");
        }
        catch (Exception exception)
        {
            var error = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
            SetOutcome(target, TargetStatus.Failed, FirstLine(error.Message));
            if (TargetFingerprint.Applies(target)) fingerprint.Forget(target);
            log.Error("Target {Target} failed: {Message}", target.Name, error.Message);
            log.Debug("{Details}", error.ToString());
        }
        finally
        {
            target.Duration = clock.Elapsed;
            TargetFinished?.Invoke(target);
        }
    }

    private bool TryAcquire(ExecutableTarget target)
    {
        var resources = target.Definition.Resources;
        if (resources.Any(r => _resourcesInUse.GetValueOrDefault(r.Key) >= r.Value)) return false;
        foreach (var resource in resources.Keys)
            _resourcesInUse[resource] = _resourcesInUse.GetValueOrDefault(resource) + 1;
        return true;
    }

    private void Release(ExecutableTarget target)
    {
        foreach (var resource in target.Definition.Resources.Keys)
            _resourcesInUse[resource]--;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');
}
