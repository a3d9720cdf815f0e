namespace Walle.Pipelines.Server;

/// <summary>A registry login; the password never appears in any output.</summary>
/// <param name="Username">The user.</param>
/// <param name="Password">The password or token.</param>
public sealed record RegistryCredentials(string Username, string Password)
{
    /// <inheritdoc />
    public override string ToString() => $"{Username} / ****";
}
