using System.Net;

namespace Walle.Pipelines.Ci;

/// <summary>One HTTP POST of a JSON body to a notification service.</summary>
/// <param name="Channel">The service, as messages name it (never the URL: it holds a key).</param>
/// <param name="Url">Where it goes.</param>
/// <param name="Json">The body.</param>
/// <param name="Check">Reads the answer: null when delivered, else why not (for a 2xx answer that reports an error).</param>
internal sealed record WebhookRequest(string Channel, Uri Url, string Json, Func<HttpStatusCode, string, string?> Check);
