using System.Text;
using System.Text.Json;

namespace Walle.Pipelines.Engine;

/// <summary>
/// <c>--plan --json</c>: the <see cref="BuildPlan"/> as JSON, schema version 1 (documented in docs/engine.md). Keys
/// and arrays keep the plan's order, so the same build and arguments give the same bytes on every machine; no
/// parameter value is written, only where it comes from.
/// </summary>
public static class BuildPlanJson
{
    /// <summary>The schema version written as <c>"schema"</c>; raised only when a field changes meaning or goes away.</summary>
    public const int Schema = 1;

    /// <summary>The plan as indented UTF-8 JSON text ending in a newline.</summary>
    public static string Write(BuildPlan plan)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("schema", Schema);
            Strings(json, "invoked", plan.Invoked);
            json.WriteStartArray("targets");
            foreach (var target in plan.Targets) Target(json, target);
            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var resource in plan.Resources)
            {
                json.WriteStartObject();
                json.WriteString("name", resource.Name);
                json.WriteNumber("capacity", resource.Capacity);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var parameter in plan.Parameters) Parameter(json, parameter);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void Target(Utf8JsonWriter json, PlannedTarget target)
    {
        json.WriteStartObject();
        json.WriteString("name", target.Name);
        json.WriteString("description", target.Description);
        json.WriteBoolean("default", target.IsDefault);
        json.WriteBoolean("listed", target.IsListed);
        json.WriteStartArray("relations");
        foreach (var relation in target.Relations)
        {
            json.WriteStartObject();
            json.WriteString("kind", relation.Kind switch
            {
                RelationKind.DependsOn => "dependsOn",
                RelationKind.After => "after",
                _ => "triggeredBy",
            });
            json.WriteString("target", relation.Target);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("skipped", target.Skipped);
        json.WriteNumber("dynamicConditions", target.DynamicConditions);
        Strings(json, "uses", target.Uses);
        json.WriteString("runsOn", target.RunsOn);
        Strings(json, "inputs", target.Inputs);
        Strings(json, "outputs", target.Outputs);
        Strings(json, "produces", target.Produces);
        Strings(json, "consumes", target.Consumes);
        json.WriteBoolean("proceedAfterFailure", target.ProceedsAfterFailure);
        json.WriteBoolean("assuredAfterFailure", target.AssuredAfterFailure);
        json.WriteBoolean("hasActions", target.HasActions);
        json.WriteEndObject();
    }

    private static void Parameter(Utf8JsonWriter json, PlannedParameter parameter)
    {
        json.WriteStartObject();
        json.WriteString("name", parameter.Name);
        json.WriteString("option", parameter.Option);
        json.WriteString("type", parameter.Type);
        json.WriteString("description", parameter.Description);
        json.WriteBoolean("secret", parameter.IsSecret);
        json.WriteBoolean("required", parameter.IsRequired);
        json.WriteString("source", parameter.Source);
        Strings(json, "readBy", parameter.ReadBy);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
