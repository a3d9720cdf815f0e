namespace Walle.Pipelines.Client.Channels;

/// <summary>One ID-value pair of an APK Signing Block; <see cref="Value"/> is kept byte for byte.</summary>
/// <param name="Id">The pair's ID (see <see cref="SigningBlockIds"/>).</param>
/// <param name="Value">The pair's value, without its length and ID.</param>
public sealed record SigningBlockPair(uint Id, ReadOnlyMemory<byte> Value)
{
    /// <summary>Bytes the pair takes in a block: its 8-byte length, 4-byte ID and value.</summary>
    public long Size => 12L + Value.Length;
}
