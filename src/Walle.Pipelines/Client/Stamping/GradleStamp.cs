using System.Globalization;
using Walle.Pipelines.Client.Versioning;

namespace Walle.Pipelines.Client.Stamping;

/// <summary>
/// Writes <c>versionCode</c> and <c>versionName</c> in the <c>defaultConfig { }</c> block of a <c>build.gradle</c>
/// (Groovy: <c>versionCode 12</c>) or <c>build.gradle.kts</c> (Kotlin: <c>versionCode = 12</c>), changing only the two
/// values. Comments and strings are skipped when looking, so a commented-out <c>versionCode</c> is left alone.
/// </summary>
public static class GradleStamp
{
    /// <summary>Stamps the version; true when the file changed.</summary>
    /// <exception cref="StampException">The file is missing, has no <c>defaultConfig</c> block, or the block lacks a literal value.</exception>
    public static bool Apply(string path, AppVersion version)
    {
        var edit = TextEdit.Read(path);
        var text = edit.Text;
        var code = CodeMask(text);
        var block = FindWord(text, code, "defaultConfig", 0, text.Length);
        var open = block < 0 ? -1 : SkipSpace(text, block + "defaultConfig".Length);
        if (open < 0 || open >= text.Length || text[open] != '{')
            throw new StampException(path, $"'{path}' has no 'defaultConfig {{ }}' block; add one with versionCode and versionName (Walle only changes their values).");
        var close = MatchingBrace(text, code, open);
        if (close < 0) throw new StampException(path, $"'{path}' line {edit.LineOf(open)}: the defaultConfig block is not closed ('}}' missing).");

        var codeAt = FindWord(text, code, "versionCode", open, close);
        var codeValue = codeAt < 0 ? -1 : SkipAssignment(text, codeAt + "versionCode".Length);
        var codeEnd = codeValue;
        while (codeEnd >= 0 && codeEnd < close && char.IsAsciiDigit(text[codeEnd])) codeEnd++;
        if (codeAt < 0 || codeEnd == codeValue)
            throw new StampException(path, $"'{path}': defaultConfig has no 'versionCode <number>'; write one with a literal number so Walle can set it.");

        var nameAt = FindWord(text, code, "versionName", open, close);
        var quote = nameAt < 0 ? -1 : SkipAssignment(text, nameAt + "versionName".Length);
        if (nameAt < 0 || text[quote] is not ('"' or '\''))
            throw new StampException(path, $"'{path}': defaultConfig has no 'versionName \"<name>\"'; write one with a literal string so Walle can set it.");
        var nameEnd = text.IndexOf(text[quote], quote + 1);

        edit.Replace(codeValue, codeEnd - codeValue, version.Code.ToString(CultureInfo.InvariantCulture));
        edit.Replace(quote + 1, nameEnd - quote - 1, version.Name);
        return edit.Save();
    }

    /// <summary>Per character: true when it is code (not inside a comment or a string literal).</summary>
    private static bool[] CodeMask(string text)
    {
        var mask = new bool[text.Length];
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
                while (i < text.Length && text[i] is not ('\n' or '\r')) i++;
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (text[i] is '"' or '\'')
            {
                var quote = text[i];
                mask[i] = true;   // the opening quote is code: a value starts there
                for (i++; i < text.Length && text[i] != quote; i++)
                    if (text[i] == '\\') i++;
                if (i < text.Length) mask[i++] = true;
            }
            else mask[i++] = true;
        }
        return mask;
    }

    private static int FindWord(string text, bool[] code, string word, int from, int to)
    {
        for (var i = text.IndexOf(word, from, StringComparison.Ordinal); i >= 0 && i < to; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if (code[i] && (i == 0 || !IsWordChar(text[i - 1])) && (end >= text.Length || !IsWordChar(text[end]))) return i;
        }
        return -1;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Past <c> = </c>, <c>(</c> or plain spaces to the value.</summary>
    private static int SkipAssignment(string text, int i)
    {
        i = SkipSpace(text, i);
        if (i < text.Length && text[i] is '=' or '(') i = SkipSpace(text, i + 1);
        return Math.Min(i, text.Length - 1);
    }

    private static int MatchingBrace(string text, bool[] code, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (!code[i]) continue;
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        return -1;
    }
}
