using System.Text;

namespace Walle.Pipelines.Ci;

/// <summary>Groovy literals for generated Jenkinsfiles.</summary>
internal static class Groovy
{
    /// <summary>A single-quoted Groovy string (no interpolation): backslash, quote and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': quoted.Append(@"\\"); break;
                case '\'': quoted.Append(@"\'"); break;
                case '\n': quoted.Append(@"\n"); break;
                case '\r': quoted.Append(@"\r"); break;
                case '\t': quoted.Append(@"\t"); break;
                case '$': quoted.Append('$'); break; // not interpolated in single quotes
                case < ' ': quoted.Append($"\\u{(int)c:x4}"); break;
                default: quoted.Append(c); break;
            }
        }

        return quoted.Append('\'').ToString();
    }

    /// <summary>A Groovy list of single-quoted strings.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A shell word for an <c>sh</c> step: plain when it is safe, else single-quoted for the shell.</summary>
    public static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ',' or ':')
            ? word
            : "'" + word.Replace("'", "'\\''") + "'";
}
