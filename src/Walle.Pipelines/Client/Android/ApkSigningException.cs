namespace Walle.Pipelines.Client.Android;

/// <summary>What went wrong signing or verifying; the component names the parameter that fixes it.</summary>
public enum ApkSigningProblem
{
    /// <summary>The keystore file does not exist.</summary>
    KeystoreMissing,

    /// <summary>The keystore password is wrong (or the file is not a keystore).</summary>
    StorePassword,

    /// <summary>The key password is wrong.</summary>
    KeyPassword,

    /// <summary>The keystore has no key under the alias.</summary>
    AliasMissing,

    /// <summary>apksigner failed for another reason (its message).</summary>
    SignFailed,

    /// <summary>The APK does not verify.</summary>
    NotVerified,
}

/// <summary>A signing or verification failure, with the tool's reason.</summary>
public sealed class ApkSigningException(ApkSigningProblem problem, string message) : Exception(message)
{
    /// <summary>Which part was wrong.</summary>
    public ApkSigningProblem Problem { get; } = problem;
}
