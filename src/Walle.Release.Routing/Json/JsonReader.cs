using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Walle.Release.Routing.Json
{
    /// <summary>
    /// A small strict JSON (RFC 8259) parser into <see cref="JsonObject"/>, <see cref="List{T}"/>, string,
    /// <see cref="JsonNumber"/>, bool and null. Errors name the line and column.
    /// </summary>
    internal sealed class JsonReader
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _pos;

        private JsonReader(string text) => _text = text;

        public static object? Parse(string text)
        {
            var reader = new JsonReader(text);
            reader.SkipWhitespace();
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader._pos < text.Length) throw reader.Error("unexpected text after the end of the document");
            return value;
        }

        private object? ReadValue(int depth)
        {
            if (depth > MaxDepth) throw Error("nested too deeply");
            if (_pos >= _text.Length) throw Error("unexpected end of document");
            char c = _text[_pos];
            switch (c)
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return ReadString();
                case 't': Expect("true"); return true;
                case 'f': Expect("false"); return false;
                case 'n': Expect("null"); return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                    throw Error($"unexpected character '{c}'");
            }
        }

        private JsonObject ReadObject(int depth)
        {
            var obj = new JsonObject();
            var names = new HashSet<string>(StringComparer.Ordinal);
            _pos++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                return obj;
            }
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"') throw Error("expected a property name in double quotes");
                var name = ReadString();
                if (!names.Add(name)) throw Error($"property \"{name}\" appears twice");
                SkipWhitespace();
                if (Peek() != ':') throw Error("expected ':' after a property name");
                _pos++;
                SkipWhitespace();
                obj.Add(name, ReadValue(depth + 1));
                SkipWhitespace();
                char c = Peek();
                _pos++;
                if (c == '}') return obj;
                if (c != ',') throw Error("expected ',' or '}' in an object", -1);
            }
        }

        private List<object?> ReadArray(int depth)
        {
            var list = new List<object?>();
            _pos++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                return list;
            }
            while (true)
            {
                SkipWhitespace();
                list.Add(ReadValue(depth + 1));
                SkipWhitespace();
                char c = Peek();
                _pos++;
                if (c == ']') return list;
                if (c != ',') throw Error("expected ',' or ']' in an array", -1);
            }
        }

        private string ReadString()
        {
            _pos++;
            var sb = new StringBuilder();
            while (true)
            {
                if (_pos >= _text.Length) throw Error("unterminated string");
                char c = _text[_pos++];
                if (c == '"') return sb.ToString();
                if (c < 0x20) throw Error("control character in a string (escape it)", -1);
                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }
                if (_pos >= _text.Length) throw Error("unterminated string");
                char e = _text[_pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length || !ushort.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            throw Error("bad \\u escape");
                        sb.Append((char)code);
                        _pos += 4;
                        break;
                    default: throw Error($"bad escape '\\{e}'", -1);
                }
            }
        }

        private JsonNumber ReadNumber()
        {
            int start = _pos;
            if (Peek() == '-') _pos++;
            if (Peek() == '0') _pos++;
            else if (!Digits()) throw Error("bad number");
            if (Peek() == '.')
            {
                _pos++;
                if (!Digits()) throw Error("bad number: digits expected after '.'");
            }
            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (Peek() == '+' || Peek() == '-') _pos++;
                if (!Digits()) throw Error("bad number: digits expected in the exponent");
            }
            return new JsonNumber(_text.Substring(start, _pos - start));
        }

        private bool Digits()
        {
            int start = _pos;
            while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9') _pos++;
            return _pos > start;
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw Error($"expected '{word}'");
            _pos += word.Length;
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void SkipWhitespace()
        {
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\n' || _text[_pos] == '\r')) _pos++;
        }

        private FormatException Error(string message, int offset = 0)
        {
            int at = Math.Max(0, Math.Min(_text.Length, _pos + offset));
            int line = 1, column = 1;
            for (int i = 0; i < at; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else column++;
            }
            return new FormatException($"not valid JSON at line {line}, column {column}: {message}");
        }
    }
}
