using System.Text;

namespace Walle.Pipelines.Engine;

/// <summary><c>--parameters</c>: every parameter with its value (secrets <c>****</c>), where the value comes from, and the targets that read it.</summary>
internal static class ParametersWriter
{
    public static string Render(object build, BuildPlan plan, ParameterService parameters)
    {
        var rows = plan.Parameters.Select(p => (p.Name, Value: Value(build, p, parameters), p.Source, ReadBy: string.Join(", ", p.ReadBy))).ToList();
        var name = Math.Max("Parameter".Length, rows.Select(r => r.Name.Length).DefaultIfEmpty(0).Max());
        var value = Math.Min(40, Math.Max("Value".Length, rows.Select(r => r.Value.Length).DefaultIfEmpty(0).Max()));
        var source = Math.Max("Source".Length, rows.Select(r => r.Source.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        void Line(string a, string b, string c, string d) =>
            text.AppendLine($"  {a.PadRight(name)}  {b.PadRight(value)}  {c.PadRight(source)}  {d}".TrimEnd());
        Line("Parameter", "Value", "Source", "Read by");
        Line(new string('─', name), new string('─', value), new string('─', source), new string('─', 7));
        foreach (var row in rows) Line(row.Name, row.Value, row.Source, row.ReadBy);
        text.AppendLine();
        text.AppendLine("Set a value: ./build.sh --set-parameter Name=Value [--profile p] (secrets are stored encrypted; password in WALLE_PARAMETERS_PASSWORD).");
        return text.ToString();
    }

    private static string Value(object build, PlannedParameter planned, ParameterService parameters)
    {
        parameters.TryFind(planned.Name, out var resolved);
        if (planned.IsSecret) return resolved.HasValue ? "****" : "";
        var text = ValueConverter.Format(resolved.HasValue ? resolved.Value : resolved.Member.Read(build));
        return text.Length > 40 ? text[..37] + "..." : text;
    }
}
