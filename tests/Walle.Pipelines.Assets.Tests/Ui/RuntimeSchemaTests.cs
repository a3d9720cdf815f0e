using System.Globalization;
using System.Text.RegularExpressions;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>
/// Walle's CSParseBinary.fbs against the cocos2d-x runtime's reader, field by field: every table and struct Walle
/// writes must have the runtime's fields in the runtime's order (FlatBuffers fields are positional: the order is the
/// format), with the same names, types and defaults. The runtime's list (<c>Runtime/runtime-fields.txt</c>) was
/// written down from the generated header of cocos2d-x 3.16 (isLocalized last; see docs/ui.md for the reverted
/// 3.14-3.15.1 header that had it after text); the sample binaries decoded with flatc against Walle's schema
/// (<see cref="NativeUiExporterTests"/>) tie the writers to the schema, so together they tie the writers to the runtime.
/// </summary>
public sealed partial class RuntimeSchemaTests
{
    private static string SchemaPath => Path.Combine(UiFixture.RepositoryRoot, "src", "Walle.Pipelines.Assets", "Ui", "Csb", "CSParseBinary.fbs");

    private static string RuntimeListPath => Path.Combine(UiFixture.RepositoryRoot, "tests", "Walle.Pipelines.Assets.Tests", "Ui", "Runtime", "runtime-fields.txt");

    [Fact]
    public void Every_table_and_struct_Walle_writes_has_the_runtime_readers_fields_in_its_order()
    {
        var runtime = RuntimeList(File.ReadAllLines(RuntimeListPath));
        var ours = Schema(File.ReadAllText(SchemaPath));

        Assert.True(ours.Count >= 40, $"the schema has {ours.Count} tables and structs; it should have every one the exporter writes");
        var problems = Compare(ours, runtime);
        Assert.True(problems.Count == 0, "CSParseBinary.fbs differs from the runtime's reader:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_check_catches_isLocalized_where_the_reverted_flatbuffers_15_header_had_it()
    {
        // cocos2d-x 3.14 to 3.15.1 read isLocalized right after text (a header regenerated from the .fbs, reverted
        // because it broke Cocos Studio's files): the comparison must tell that order from the runtime's.
        var schema = File.ReadAllText(SchemaPath);
        var button = ButtonOptionsBlock().Match(schema);
        Assert.True(button.Success, "ButtonOptions is in the schema");
        var moved = button.Value.Replace("  isLocalized: bool = false;\n", "").Replace("  text: string;\n", "  text: string;\n  isLocalized: bool = false;\n");
        Assert.NotEqual(button.Value, moved);
        var problems = Compare(Schema(schema.Replace(button.Value, moved)), RuntimeList(File.ReadAllLines(RuntimeListPath)));

        Assert.Contains(problems, p => p.StartsWith("ButtonOptions field 6: the runtime reads fontName:string", StringComparison.Ordinal));
    }

    private sealed record Field(string Name, string Type, string Default);

    private sealed record Declaration(string Kind, IReadOnlyList<Field> Fields);

    private static List<string> Compare(IReadOnlyDictionary<string, Declaration> ours, IReadOnlyDictionary<string, Declaration> runtime)
    {
        var problems = new List<string>();
        foreach (var (name, declaration) in ours)
        {
            if (!runtime.TryGetValue(name, out var expected))
            {
                problems.Add($"{name}: the runtime has no {declaration.Kind} of that name");
                continue;
            }
            if (expected.Kind != declaration.Kind) problems.Add($"{name}: a {declaration.Kind} here, a {expected.Kind} in the runtime");
            for (var i = 0; i < Math.Max(expected.Fields.Count, declaration.Fields.Count); i++)
            {
                var want = i < expected.Fields.Count ? expected.Fields[i] : null;
                var have = i < declaration.Fields.Count ? declaration.Fields[i] : null;
                if (want != have)
                    problems.Add($"{name} field {i}: the runtime reads {Describe(want)}, Walle's schema has {Describe(have)}");
            }
        }
        return problems;
    }

    private static string Describe(Field? field) => field is null ? "nothing" : $"{field.Name}:{field.Type}" + (field.Default.Length > 0 ? $"={field.Default}" : "");

    /// <summary>The runtime's list: "table Name: field:type[=default] ..." per line, '#' comments.</summary>
    private static Dictionary<string, Declaration> RuntimeList(IEnumerable<string> lines)
    {
        var list = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var (head, body) = (line[..line.IndexOf(':')], line[(line.IndexOf(':') + 1)..]);
            var kind = head.Split(' ')[0];
            var fields = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f =>
            {
                var (nameAndType, value) = f.Contains('=') ? (f[..f.IndexOf('=')], f[(f.IndexOf('=') + 1)..]) : (f, "");
                var parts = nameAndType.Split(':');
                return new Field(parts[0], parts[1], Normal(parts[1], value));
            }).ToList();
            list.Add(head.Split(' ')[1], new Declaration(kind, fields));
        }
        return list;
    }

    /// <summary>Walle's .fbs: every table and struct with its fields in order (the schema declares no explicit ids).</summary>
    private static Dictionary<string, Declaration> Schema(string fbs)
    {
        var withoutComments = LineComment().Replace(fbs, "");
        Assert.DoesNotContain("(id:", withoutComments);
        var schema = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        foreach (Match declaration in DeclarationBlock().Matches(withoutComments))
        {
            var fields = declaration.Groups["body"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(f => FieldDeclaration().Match(f))
                .Select(m => new Field(m.Groups["name"].Value, m.Groups["type"].Value, Normal(m.Groups["type"].Value, m.Groups["default"].Value)))
                .ToList();
            schema.Add(declaration.Groups["name"].Value, new Declaration(declaration.Groups["kind"].Value, fields));
        }
        return schema;
    }

    /// <summary>A default as one spelling: numbers as invariant numbers, scalars without one as their zero.</summary>
    private static string Normal(string type, string value) => type switch
    {
        "bool" => value.Length == 0 ? "false" : value,
        "int" or "ubyte" or "float" => double.Parse(value.Length == 0 ? "0" : value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => value,
    };

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"\b(?<kind>table|struct)\s+(?<name>\w+)\s*\{(?<body>[^}]*)\}")]
    private static partial Regex DeclarationBlock();

    [GeneratedRegex(@"^(?<name>\w+)\s*:\s*(?<type>[\[\]\w]+)\s*(=\s*(?<default>[-\w.]+))?$")]
    private static partial Regex FieldDeclaration();

    [GeneratedRegex(@"table ButtonOptions \{[^}]*\}")]
    private static partial Regex ButtonOptionsBlock();
}
