using System;

namespace Walle.Release.Routing
{
    /// <summary>The rule for URLs a game client or server fetches (manifests, gate checks): absolute, http or https.</summary>
    public static class HttpUrl
    {
        /// <summary>True when <paramref name="text"/> is an absolute http or https URL.</summary>
        public static bool IsValid(string? text) =>
            Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        /// <summary>What is wrong with <paramref name="text"/> as a manifest URL, with an example; null when it is valid.</summary>
        public static string? ManifestProblem(string? text) =>
            IsValid(text) ? null : $"'{text}' is not an absolute http(s) URL, e.g. https://cdn.example.com/1.6.0/project.manifest";
    }
}
