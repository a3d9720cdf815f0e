using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Walle.Release.Routing.Json
{
    /// <summary>Writes a tree of <see cref="JsonObject"/>, lists, strings, numbers and booleans as indented JSON.</summary>
    internal static class JsonWriter
    {
        public static string Write(object? value)
        {
            var sb = new StringBuilder();
            WriteValue(sb, value, 0);
            sb.Append('\n');
            return sb.ToString();
        }

        private static void WriteValue(StringBuilder sb, object? value, int indent)
        {
            switch (value)
            {
                case null: sb.Append("null"); break;
                case bool b: sb.Append(b ? "true" : "false"); break;
                case string s: WriteString(sb, s); break;
                case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
                case decimal d: sb.Append(d.ToString("0.##", CultureInfo.InvariantCulture)); break;
                case double d: sb.Append(d.ToString("R", CultureInfo.InvariantCulture)); break;
                case JsonObject obj:
                    if (obj.Properties.Count == 0)
                    {
                        sb.Append("{}");
                        break;
                    }
                    sb.Append('{');
                    for (int i = 0; i < obj.Properties.Count; i++)
                    {
                        sb.Append(i == 0 ? "\n" : ",\n").Append(' ', indent + 2);
                        WriteString(sb, obj.Properties[i].Key);
                        sb.Append(": ");
                        WriteValue(sb, obj.Properties[i].Value, indent + 2);
                    }
                    sb.Append('\n').Append(' ', indent).Append('}');
                    break;
                case IReadOnlyList<object?> list:
                    if (list.Count == 0)
                    {
                        sb.Append("[]");
                        break;
                    }
                    sb.Append('[');
                    for (int i = 0; i < list.Count; i++)
                    {
                        sb.Append(i == 0 ? "\n" : ",\n").Append(' ', indent + 2);
                        WriteValue(sb, list[i], indent + 2);
                    }
                    sb.Append('\n').Append(' ', indent).Append(']');
                    break;
                default: throw new System.ArgumentException("cannot write " + value.GetType());
            }
        }

        private static void WriteString(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }
    }
}
