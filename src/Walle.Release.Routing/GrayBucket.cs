namespace Walle.Release.Routing
{
    /// <summary>
    /// The documented bucket hash every implementation must agree on:
    /// <c>bucket = FNV-1a-64(UTF-8(salt + ":" + key)) mod 10000</c>, where FNV-1a-64 starts from the offset
    /// basis <c>14695981039346656037</c> and, for each byte, XORs the byte in and multiplies by the prime
    /// <c>1099511628211</c> modulo 2^64. A key is in gray when <c>bucket &lt; percentage × 100</c>, so raising
    /// the percentage only ever adds accounts.
    /// </summary>
    public static class GrayBucket
    {
        /// <summary>The number of buckets: one bucket is 0.01 percentage points.</summary>
        public const int Count = 10000;

        private const ulong OffsetBasis = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        /// <summary>The bucket (0–9999) of <paramref name="key"/> under <paramref name="salt"/>.</summary>
        public static int Of(string salt, string key)
        {
            return Of(SaltState(salt), key);
        }

        /// <summary>FNV-1a 64 of UTF-8(salt + ":" + key), computed without allocating.</summary>
        public static ulong Hash(string salt, string key) => Append(SaltState(salt), key);

        /// <summary>The hash state after <c>salt + ":"</c>: compute it once per gray, then call <see cref="Of(ulong, string)"/> per key.</summary>
        public static ulong SaltState(string salt) => (Append(OffsetBasis, salt) ^ ':') * Prime;

        /// <summary>The bucket of <paramref name="key"/> from a precomputed <see cref="SaltState"/>.</summary>
        public static int Of(ulong saltState, string key) => (int)(Append(saltState, key) % Count);

        /// <summary>The bucket threshold of a percentage with at most two decimals: 12.5 % → 1250.</summary>
        public static int Threshold(decimal percentage) => (int)decimal.Round(percentage * 100m, 0);

        private static ulong Append(ulong hash, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                uint c = text[i];
                if (c < 0x80)
                {
                    hash = (hash ^ c) * Prime;
                }
                else if (c < 0x800)
                {
                    hash = (hash ^ (0xC0 | (c >> 6))) * Prime;
                    hash = (hash ^ (0x80 | (c & 0x3F))) * Prime;
                }
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    uint cp = 0x10000 + ((c - 0xD800) << 10) + (uint)(text[++i] - 0xDC00);
                    hash = (hash ^ (0xF0 | (cp >> 18))) * Prime;
                    hash = (hash ^ (0x80 | ((cp >> 12) & 0x3F))) * Prime;
                    hash = (hash ^ (0x80 | ((cp >> 6) & 0x3F))) * Prime;
                    hash = (hash ^ (0x80 | (cp & 0x3F))) * Prime;
                }
                else
                {
                    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD; // lone surrogate: encoded as U+FFFD like Encoding.UTF8
                    hash = (hash ^ (0xE0 | (c >> 12))) * Prime;
                    hash = (hash ^ (0x80 | ((c >> 6) & 0x3F))) * Prime;
                    hash = (hash ^ (0x80 | (c & 0x3F))) * Prime;
                }
            }
            return hash;
        }
    }
}
