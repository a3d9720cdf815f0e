using Google.FlatBuffers;

namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>
/// Checks that bytes are a <c>.csb</c> the cocos2d-x runtime can open: a FlatBuffer whose root table (CSParseBinary)
/// has a version string and a node tree with a class name, every offset inside the file. Used to verify any
/// exporter's output before it is published.
/// </summary>
public static class CsbCheck
{
    /// <summary>Null when <paramref name="bytes"/> decode as a layout, else what is wrong.</summary>
    public static string? Problem(byte[] bytes)
    {
        if (bytes.Length == 0) return "the file is empty";
        if (bytes.Length < 12) return $"the file is {bytes.Length} bytes, too short for a FlatBuffer";
        try
        {
            var buffer = new ByteBuffer(bytes);
            var root = Table(buffer, buffer.GetInt(0));
            if (root is null) return "the root table offset points outside the file";
            var version = root.Value.String(0);
            if (version is null) return "the layout has no version string (not a CSParseBinary)";
            var tree = root.Value.Child(3);
            if (tree is null) return "the layout has no node tree";
            if (tree.Value.String(0) is null) return "the root node has no class name";
            return null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            return "an offset points outside the file";
        }
    }

    private static Reader? Table(ByteBuffer buffer, int position)
    {
        if (position < 4 || position > buffer.Length - 4) return null;
        var vtable = position - buffer.GetInt(position);
        if (vtable < 0 || vtable > buffer.Length - 4) return null;
        int vtableSize = buffer.GetShort(vtable);
        if (vtableSize < 4 || vtable + vtableSize > buffer.Length) return null;
        return new Reader(buffer, position, vtable, vtableSize);
    }

    private readonly record struct Reader(ByteBuffer Buffer, int Position, int VTable, int VTableSize)
    {
        private int Field(int index)
        {
            var slot = 4 + 2 * index;
            return slot >= VTableSize ? 0 : Buffer.GetShort(VTable + slot);
        }

        private int? Target(int index)
        {
            var offset = Field(index);
            if (offset == 0) return null;
            var at = Position + offset;
            if (at > Buffer.Length - 4) throw new ArgumentOutOfRangeException(nameof(index));
            var target = at + Buffer.GetInt(at);
            if (target < 0 || target > Buffer.Length - 4) throw new ArgumentOutOfRangeException(nameof(index));
            return target;
        }

        public string? String(int index)
        {
            if (Target(index) is not { } at) return null;
            var length = Buffer.GetInt(at);
            if (length < 0 || at + 4 + length > Buffer.Length) throw new ArgumentOutOfRangeException(nameof(index));
            return Buffer.GetStringUTF8(at + 4, length);
        }

        public Reader? Child(int index) => Target(index) is { } at ? Table(Buffer, at) : null;
    }
}
