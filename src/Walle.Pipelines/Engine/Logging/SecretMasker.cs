namespace Walle.Pipelines.Engine;

/// <summary>
/// Replaces every known secret value with <c>****</c>. The engine registers the values of <see cref="SecretAttribute"/>
/// parameters; tasks register secrets they obtain elsewhere (tokens, passwords) before logging anything.
/// </summary>
public static class SecretMasker
{
    private const string Mask = "****";
    private static volatile string[] _secrets = [];
    private static readonly Lock Gate = new();

    /// <summary>Registers a secret; empty values are ignored.</summary>
    public static void Register(string? secret)
    {
        if (string.IsNullOrEmpty(secret)) return;
        lock (Gate)
        {
            if (_secrets.Contains(secret)) return;
            // Longest first, so that a secret containing another is masked whole.
            _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every registered secret replaced by <c>****</c>.</summary>
    public static string Apply(string text)
    {
        foreach (var secret in _secrets)
            if (text.Contains(secret, StringComparison.Ordinal))
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return text;
    }
}
