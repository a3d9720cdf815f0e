using Google.FlatBuffers;

namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>
/// A <see cref="FlatBufferBuilder"/> with the layout binary's value types: structs are written inline into the
/// table being built (FlatBuffers requires it), in the byte order the runtime's structs have. Fields equal to their
/// schema default are left out, as FlatBuffers does; the runtime then reads the default. Strings, vectors and
/// structs are always written, empty when the layout has none: the runtime's readers dereference them without a
/// null check (<c>options->name()->c_str()</c>, <c>nodetree->children()->size()</c>), as the engine's own
/// serializer, which always writes them, allows.
/// </summary>
internal sealed class CsbBuilder
{
    public FlatBufferBuilder Fb { get; } = new(4096);

    public StringOffset String(string? value) => Fb.CreateString(value ?? "");

    public int Vector(IReadOnlyList<int> offsets)
    {
        Fb.StartVector(4, offsets.Count, 4);
        for (var i = offsets.Count - 1; i >= 0; i--) Fb.AddOffset(offsets[i]);
        return Fb.EndVector().Value;
    }

    public int StringVector(IReadOnlyList<string> values) => Vector(values.Select(v => Fb.CreateString(v).Value).ToList());

    public void Start(int fields) => Fb.StartTable(fields);

    public int End() => Fb.EndTable();

    public void Offset(int slot, int offset)
    {
        if (offset != 0) Fb.AddOffset(slot, offset, 0);
    }

    public void Offset(int slot, StringOffset offset) => Offset(slot, offset.Value);

    public void Int(int slot, int value, int fallback = 0) => Fb.AddInt(slot, value, fallback);

    public void Float(int slot, float value, float fallback = 0) => Fb.AddFloat(slot, value, fallback);

    public void Bool(int slot, bool value, bool fallback = false) => Fb.AddBool(slot, value, fallback);

    public void Byte(int slot, byte value, byte fallback = 255) => Fb.AddByte(slot, value, fallback);

    /// <summary>Two floats (Position, Scale, AnchorPoint, RotationSkew, FlatSize, ColorVector).</summary>
    public void Pair(int slot, (float X, float Y) value)
    {
        Fb.Prep(4, 8);
        Fb.PutFloat(value.Y);
        Fb.PutFloat(value.X);
        Fb.AddStruct(slot, Fb.Offset, 0);
    }

    /// <summary>A Color struct: bytes a, r, g, b.</summary>
    public void Color(int slot, (byte A, byte R, byte G, byte B) value)
    {
        Fb.Prep(1, 4);
        Fb.PutByte(value.B);
        Fb.PutByte(value.G);
        Fb.PutByte(value.R);
        Fb.PutByte(value.A);
        Fb.AddStruct(slot, Fb.Offset, 0);
    }

    /// <summary>A CapInsets struct: x, y, width, height.</summary>
    public void Insets(int slot, (float X, float Y, float Width, float Height) value)
    {
        Fb.Prep(4, 16);
        Fb.PutFloat(value.Height);
        Fb.PutFloat(value.Width);
        Fb.PutFloat(value.Y);
        Fb.PutFloat(value.X);
        Fb.AddStruct(slot, Fb.Offset, 0);
    }

    /// <summary>A BlendFunc struct: src, dst.</summary>
    public void Blend(int slot, (int Src, int Dst) value)
    {
        Fb.Prep(4, 8);
        Fb.PutInt(value.Dst);
        Fb.PutInt(value.Src);
        Fb.AddStruct(slot, Fb.Offset, 0);
    }

    /// <summary>The finished buffer's bytes.</summary>
    public byte[] Finish(int root)
    {
        Fb.Finish(root);
        return Fb.SizedByteArray();
    }
}
