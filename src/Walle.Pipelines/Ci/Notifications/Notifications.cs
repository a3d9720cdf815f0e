using System.Net;
using System.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>
/// Sends a run's result to PagerDuty and the chat robots configured in <see cref="NotificationSettings"/>, all at once,
/// each bounded by its retries and timeouts. Nothing here throws for a service that is down or refuses: each answer is
/// a <see cref="NotificationResult"/>, and the caller warns. A build's result never depends on a notification.
/// </summary>
public static class Notifications
{
    private static readonly HttpClient Shared = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan, // the resilience pipeline bounds every attempt
    };

    /// <summary>Sends <paramref name="notice"/> where <paramref name="settings"/> say; returns one result per request sent.</summary>
    /// <param name="notice">What to say.</param>
    /// <param name="settings">Where, and how hard to try.</param>
    /// <param name="context">The run's clock (signatures' timestamps) and logger.</param>
    /// <param name="http">The client to send with; a shared one by default.</param>
    /// <param name="cancellationToken">Stops sending.</param>
    public static async Task<IReadOnlyList<NotificationResult>> SendAsync(
        BuildNotice notice, NotificationSettings settings, BuildContext context, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        var requests = PagerDutyEvents.Requests(notice, settings).Concat(ChatRobots.Requests(notice, settings, context.Clock.GetUtcNow())).ToList();
        if (requests.Count == 0) return [];
        var pipeline = Pipeline(settings, context.Clock);
        return await Task.WhenAll(requests.Select(r => SendOneAsync(r, pipeline, http ?? Shared, cancellationToken)));
    }

    private static ResiliencePipeline<HttpResponseMessage> Pipeline(NotificationSettings settings, TimeProvider clock) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddTimeout(settings.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, settings.Retries),
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.TooManyRequests),
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();

    private static async Task<NotificationResult> SendOneAsync(
        WebhookRequest request, ResiliencePipeline<HttpResponseMessage> pipeline, HttpClient http, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            using var response = await pipeline.ExecuteAsync(async token =>
            {
                Interlocked.Increment(ref attempts);
                using var message = new HttpRequestMessage(HttpMethod.Post, request.Url) { Content = new StringContent(request.Json, Encoding.UTF8, "application/json") };
                return await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, token);
            }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var problem = request.Check(response.StatusCode, body);
            return new NotificationResult(request.Channel, problem is null, attempts, problem);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            var why = e is TimeoutRejectedException ? "no answer in time" : e.Message;
            return new NotificationResult(request.Channel, false, attempts, why);
        }
    }
}
