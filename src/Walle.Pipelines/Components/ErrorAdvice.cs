namespace Walle.Pipelines.Components;

/// <summary>
/// The one way components turn tasks' typed errors into messages naming their parameters: run the task, and rethrow
/// an error the component's translation knows (e.g. <see cref="PatchErrors.Translate"/>) as the translated one.
/// </summary>
public static class ErrorAdvice
{
    /// <summary>Runs <paramref name="task"/>; an error <paramref name="translate"/> knows comes out translated.</summary>
    public static T Run<T>(Func<T> task, Func<Exception, Exception?> translate)
    {
        try
        {
            return task();
        }
        catch (Exception e) when (translate(e) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs <paramref name="task"/>; an error <paramref name="translate"/> knows comes out translated.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> task, Func<Exception, Exception?> translate)
    {
        try
        {
            return await task();
        }
        catch (Exception e) when (translate(e) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs <paramref name="task"/>; an error <paramref name="translate"/> knows comes out translated.</summary>
    public static Task RunAsync(Func<Task> task, Func<Exception, Exception?> translate) =>
        RunAsync(async () => { await task(); return 0; }, translate);
}
