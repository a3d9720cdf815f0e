namespace Walle.Pipelines.Client.Channels;

/// <summary>IDs of the ID-value pairs found in an APK Signing Block (APK Signature Scheme v2 layout).</summary>
public static class SigningBlockIds
{
    /// <summary>APK Signature Scheme v2 signature.</summary>
    public const uint V2 = 0x7109871a;

    /// <summary>APK Signature Scheme v3 signature.</summary>
    public const uint V3 = 0xf05368c0;

    /// <summary>APK Signature Scheme v3.1 signature (key rotation targeting Android 13 and later).</summary>
    public const uint V31 = 0x1b93ad61;

    /// <summary>Source stamp (v2 format).</summary>
    public const uint SourceStamp = 0x6dff800d;

    /// <summary>Verity padding: zeros that make the whole block a multiple of 4096 bytes.</summary>
    public const uint VerityPadding = 0x42726577;

    /// <summary>The channel pair: UTF-8 JSON <c>{"channel":"...", ...extras}</c>, as Meituan's Walle writes and reads it.</summary>
    public const uint Channel = 0x71777777;

    /// <summary>True for the pairs that sign the APK (v2, v3, v3.1).</summary>
    public static bool IsSignature(uint id) => id is V2 or V3 or V31;
}
