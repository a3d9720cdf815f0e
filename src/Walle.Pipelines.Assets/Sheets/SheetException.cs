namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// A sheet cannot be built from its input: the message names the sheet, the file and how to fix it, and
/// <see cref="Problem"/> says which kind of setting fixes it. A build of many sheets reports every failed sheet in one
/// exception (<see cref="Failures"/>).
/// </summary>
public sealed class SheetException : Exception
{
    /// <summary>A sheet's error.</summary>
    public SheetException(string message, SheetProblem problem = SheetProblem.Input, Exception? innerException = null)
        : base(message, innerException) => Problem = problem;

    private SheetException(string message, IReadOnlyList<Exception> failures)
        : base(message, failures[0]) => Failures = failures;

    /// <summary>Which kind of setting fixes it.</summary>
    public SheetProblem Problem { get; }

    /// <summary>Each sheet's error when several sheets of one build failed; empty for one sheet's error.</summary>
    public IReadOnlyList<Exception> Failures { get; } = [];

    /// <summary>One exception for the failed sheets of a build, in sheet order: the error itself when only one failed.</summary>
    public static SheetException Combine(IReadOnlyList<Exception> failures) => failures switch
    {
        [SheetException one] => one,
        [var one] => new SheetException(one.Message, SheetProblem.Input, one),
        _ => new SheetException(Describe(failures, f => f.Message), failures),
    };

    /// <summary>The message of several failed sheets, each described by <paramref name="describe"/>.</summary>
    public static string Describe(IReadOnlyList<Exception> failures, Func<Exception, string> describe) =>
        $"{failures.Count} sprite sheets failed:\n" + string.Join("\n", failures.Select(f => "  - " + describe(f)));
}
