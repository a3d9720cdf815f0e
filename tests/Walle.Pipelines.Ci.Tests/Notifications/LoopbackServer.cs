using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Walle.Pipelines.Ci.Tests.Notifications;

/// <summary>A recorded request.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string ContentType, string Body, DateTimeOffset At);

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) that records every request and answers per path: the service's
/// success answer by default, or what a test sets (HTTP 500, no answer at all).
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, Func<(int Status, string Body)?>> _answers = new();
    private readonly CancellationTokenSource _stop = new();

    public LoopbackServer()
    {
        _listener = Loopback.StartHttp(out var url);
        Url = url.TrimEnd('/');
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public IReadOnlyList<RecordedRequest> To(string path) => [.. _requests.Where(r => r.Path == path)];

    /// <summary>Answers <paramref name="path"/> with <paramref name="status"/> from now on.</summary>
    public void Answer(string path, int status, string body = "") => _answers[path] = () => (status, body);

    /// <summary>Never answers <paramref name="path"/> (the request hangs until the client gives up).</summary>
    public void Hang(string path) => _answers[path] = () => null;

    private static (int, string) Default(string path) => path switch
    {
        "/pagerduty" => (202, """{"status":"success","message":"Event processed","dedup_key":"x"}"""),
        "/wecom" or "/dingtalk" => (200, """{"errcode":0,"errmsg":"ok"}"""),
        "/feishu" => (200, """{"code":0,"data":{},"msg":"success"}"""),
        "/slack" => (200, "ok"),
        _ => (404, "no such hook"),
    };

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Url!.AbsolutePath;
        var query = context.Request.QueryString.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.QueryString[k]!);
        _requests.Enqueue(new RecordedRequest(context.Request.HttpMethod, path, query, context.Request.ContentType ?? "", body, DateTimeOffset.UtcNow));
        var answer = _answers.TryGetValue(path, out var set) ? set() : Default(path);
        if (answer is not var (status, text))
        {
            try { await Task.Delay(Timeout.Infinite, _stop.Token); } catch (OperationCanceledException) { }
            context.Response.Abort();
            return;
        }

        try
        {
            context.Response.StatusCode = status;
            var bytes = Encoding.UTF8.GetBytes(text);
            context.Response.ContentType = text.StartsWith('{') ? "application/json" : "text/plain";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // the client gave up
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
