using System;
using System.Globalization;

namespace Walle.Release.Routing
{
    /// <summary>
    /// A client version such as <c>1.6.0</c> or <c>1.6.0.1234</c>: one to four dot-separated numbers,
    /// each 0–65535. Missing parts count as zero, so <c>1.6</c> equals <c>1.6.0</c>.
    /// </summary>
    public readonly struct ClientVersion : IEquatable<ClientVersion>, IComparable<ClientVersion>
    {
        private readonly ulong _packed;
        private readonly byte _parts;

        private ClientVersion(ulong packed, byte parts)
        {
            _packed = packed;
            _parts = parts;
        }

        /// <summary>The four parts packed big-endian into 64 bits: comparing two values compares the versions.</summary>
        public ulong Packed => _packed;

        /// <summary>Parses a version; throws <see cref="FormatException"/> naming the expected form.</summary>
        public static ClientVersion Parse(string text)
        {
            if (TryParse(text, out var version)) return version;
            throw new FormatException($"'{text}' is not a client version: expected 1 to 4 dot-separated numbers 0-65535, e.g. 1.6.0");
        }

        /// <summary>Parses a version without allocating; false when <paramref name="text"/> is not one.</summary>
        public static bool TryParse(string? text, out ClientVersion version)
        {
            version = default;
            if (text == null || text.Length == 0) return false;
            ulong packed = 0;
            int parts = 0;
            int value = 0;
            int digits = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '.')
                {
                    if (digits == 0 || parts == 4) return false;
                    packed |= (ulong)value << (48 - 16 * parts);
                    parts++;
                    value = 0;
                    digits = 0;
                    continue;
                }
                int d = text[i] - '0';
                if (d < 0 || d > 9) return false;
                value = value * 10 + d;
                digits++;
                if (value > 65535) return false;
            }
            version = new ClientVersion(packed, (byte)parts);
            return true;
        }

        /// <inheritdoc />
        public int CompareTo(ClientVersion other) => _packed.CompareTo(other._packed);

        /// <inheritdoc />
        public bool Equals(ClientVersion other) => _packed == other._packed;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ClientVersion other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _packed.GetHashCode();

        /// <summary>The version with as many parts as it was written with (at least one).</summary>
        public override string ToString()
        {
            int parts = _parts == 0 ? 1 : _parts;
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < parts; i++)
            {
                if (i > 0) text.Append('.');
                text.Append(((_packed >> (48 - 16 * i)) & 0xFFFF).ToString(CultureInfo.InvariantCulture));
            }
            return text.ToString();
        }

#pragma warning disable CS1591 // operators are self-explanatory
        public static bool operator ==(ClientVersion a, ClientVersion b) => a._packed == b._packed;
        public static bool operator !=(ClientVersion a, ClientVersion b) => a._packed != b._packed;
        public static bool operator <(ClientVersion a, ClientVersion b) => a._packed < b._packed;
        public static bool operator >(ClientVersion a, ClientVersion b) => a._packed > b._packed;
        public static bool operator <=(ClientVersion a, ClientVersion b) => a._packed <= b._packed;
        public static bool operator >=(ClientVersion a, ClientVersion b) => a._packed >= b._packed;
#pragma warning restore CS1591
    }
}
