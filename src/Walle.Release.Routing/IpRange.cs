using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Walle.Release.Routing
{
    /// <summary>An IPv4 or IPv6 network in CIDR form, e.g. <c>10.8.0.0/16</c> or <c>2001:db8::/32</c>.</summary>
    public sealed class IpRange
    {
        private readonly byte[] _network;
        private readonly uint _v4Network;
        private readonly uint _v4Mask;

        private IpRange(string text, byte[] network, int prefixLength)
        {
            Text = text;
            _network = network;
            PrefixLength = prefixLength;
            if (network.Length == 4)
            {
                _v4Mask = prefixLength == 0 ? 0 : uint.MaxValue << (32 - prefixLength);
                _v4Network = ToUInt32(network) & _v4Mask;
            }
        }

        /// <summary>The range as written in the document.</summary>
        public string Text { get; }

        /// <summary>The number of leading bits that must match.</summary>
        public int PrefixLength { get; }

        /// <summary>IPv4 ranges: the network as a big-endian number (0 for IPv6).</summary>
        public uint V4Network => _v4Network;

        /// <summary>IPv4 ranges: the prefix mask as a big-endian number (0 for IPv6).</summary>
        public uint V4Mask => _v4Mask;

        /// <summary>True for an IPv4 range.</summary>
        public bool IsV4 => _network.Length == 4;

        /// <summary>Parses <c>address/prefix</c> (a bare address is a single host).</summary>
        public static bool TryParse(string? text, out IpRange? range)
        {
            range = null;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var slash = text!.IndexOf('/');
            var addressText = slash < 0 ? text : text.Substring(0, slash);
            byte[] bytes;
            if (addressText.IndexOf(':') >= 0)
            {
                if (!IPAddress.TryParse(addressText, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6) return false;
                bytes = address.GetAddressBytes();
            }
            else
            {
                // Four dotted numbers only: IPAddress also takes legacy forms ("10.1.2" = 10.1.0.2) that surprise people.
                if (!TryParseV4(addressText, out var v4)) return false;
                bytes = new[] { (byte)(v4 >> 24), (byte)(v4 >> 16), (byte)(v4 >> 8), (byte)v4 };
            }
            int prefix = bytes.Length * 8;
            if (slash >= 0 && (!int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bytes.Length * 8))
                return false;
            range = new IpRange(text, bytes, prefix);
            return true;
        }

        /// <summary>Parses a range; throws <see cref="FormatException"/> naming the expected form.</summary>
        public static IpRange Parse(string text) =>
            TryParse(text, out var range) ? range! : throw new FormatException($"'{text}' is not a CIDR range: expected e.g. 10.8.0.0/16 or 2001:db8::/32");

        /// <summary>True when the IPv4 address (as a big-endian number) is in the range.</summary>
        public bool ContainsV4(uint address) => IsV4 && (address & _v4Mask) == _v4Network;

        /// <summary>True when <paramref name="address"/> is in the range (IPv4-mapped IPv6 addresses match IPv4 ranges).</summary>
        public bool Contains(IPAddress address)
        {
            if (IsV4 && address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
            var bytes = address.GetAddressBytes();
            if (bytes.Length != _network.Length) return false;
            if (IsV4) return ContainsV4(ToUInt32(bytes));
            int full = PrefixLength / 8;
            for (int i = 0; i < full; i++)
                if (bytes[i] != _network[i]) return false;
            int rest = PrefixLength % 8;
            if (rest == 0) return true;
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (bytes[full] & mask) == (_network[full] & mask);
        }

        /// <summary>Parses a dotted IPv4 address without allocating; false for anything else.</summary>
        public static bool TryParseV4(string? text, out uint address)
        {
            address = 0;
            if (text == null) return false;
            int parts = 0, value = 0, digits = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '.')
                {
                    if (digits == 0 || parts == 4) return false;
                    address = (address << 8) | (uint)value;
                    parts++;
                    value = 0;
                    digits = 0;
                    continue;
                }
                int d = text[i] - '0';
                if (d < 0 || d > 9 || ++digits > 3) return false;
                value = value * 10 + d;
                if (value > 255) return false;
            }
            return parts == 4;
        }

        /// <inheritdoc />
        public override string ToString() => Text;

        private static uint ToUInt32(byte[] b) => (uint)b[0] << 24 | (uint)b[1] << 16 | (uint)b[2] << 8 | b[3];
    }
}
