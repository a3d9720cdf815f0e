namespace Walle.Pipelines.Engine;

/// <summary>
/// Replaces every known secret value with <c>****</c>. The engine registers the values of <see cref="SecretAttribute"/>
/// parameters in its run's masker (<see cref="BuildContext.Secrets"/>); tasks register secrets they obtain elsewhere
/// (tokens, passwords) before logging anything.
/// </summary>
public sealed class SecretMasker
{
    private const string Mask = "****";
    private volatile string[] _secrets = [];
    private readonly Lock _gate = new();

    /// <summary>Registers a secret; empty values are ignored.</summary>
    public void Register(string? secret)
    {
        if (string.IsNullOrEmpty(secret)) return;
        lock (_gate)
        {
            if (_secrets.Contains(secret)) return;
            // Longest first, so that a secret containing another is masked whole.
            _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every registered secret replaced by <c>****</c>.</summary>
    public string Apply(string text)
    {
        foreach (var secret in _secrets)
            if (text.Contains(secret, StringComparison.Ordinal))
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return text;
    }
}
