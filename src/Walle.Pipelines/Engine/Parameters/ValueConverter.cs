using System.Globalization;

namespace Walle.Pipelines.Engine;

/// <summary>Converts parameter text to the member's type: strings, numbers, bools, enums, TimeSpan, Uri, arrays and nullables.</summary>
internal static class ValueConverter
{
    public static object? Convert(ParameterValue raw, Type type, string parameterName, bool isSecret = false)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var element = ElementType(target);
        if (element is not null)
        {
            var items = raw.Values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(v => ConvertOne(v, element, parameterName, raw.Source, isSecret)).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++) array.SetValue(items[i], i);
            return target.IsArray ? array : Activator.CreateInstance(target, array);
        }

        if (raw.Values.Count == 0)
        {
            if (target == typeof(bool)) return true;
            throw new UsageException($"Parameter '{parameterName}' from {raw.Source} has no value. Give one, e.g. --{Naming.ToKebabCase(parameterName)} {Example(target)}.");
        }

        if (raw.Values.Count > 1)
            throw new UsageException(
                $"Parameter '{parameterName}' from {raw.Source} takes one value but got {raw.Values.Count}" +
                (isSecret ? "." : $": {string.Join(" ", raw.Values)}.") +
                " Quote a value that has spaces; name targets before options or spell them exactly.");
        return ConvertOne(raw.Values[0], target, parameterName, raw.Source, isSecret);
    }

    /// <summary>How many command-line values a parameter of this type takes: 0 for a flag (bool), 1, or null for a list.</summary>
    public static int? ValueCount(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return ElementType(target) is not null ? null : target == typeof(bool) ? 0 : 1;
    }

    /// <summary>A value as text: lists comma-separated, numbers and the rest invariant; null as empty.</summary>
    public static string Format(object? value) => value switch
    {
        string text => text,
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object>()),
        var other => System.Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A short name of the type for <c>--help</c>.</summary>
    public static string Describe(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (ElementType(target) is { } element) return Describe(element) + "[]";
        if (target.IsEnum) return string.Join("|", Enum.GetNames(target).Select(n => n.ToLowerInvariant()));
        return target == typeof(string) ? "string"
            : target == typeof(bool) ? "bool"
            : target == typeof(int) || target == typeof(long) ? "int"
            : target == typeof(double) || target == typeof(decimal) ? "number"
            : target.Name.ToLowerInvariant();
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(List<>) || d == typeof(IReadOnlyList<>) || d == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static object ConvertOne(string text, Type type, string name, string source, bool isSecret)
    {
        try
        {
            if (type == typeof(string)) return text;
            if (type == typeof(bool))
                return text.ToLowerInvariant() switch
                {
                    "true" or "1" or "yes" or "on" => true,
                    "false" or "0" or "no" or "off" => false,
                    _ => throw new FormatException(),
                };
            if (type.IsEnum) return Enum.Parse(type, text.Replace("-", ""), ignoreCase: true);
            if (type == typeof(TimeSpan)) return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
            if (type == typeof(Uri)) return new Uri(text, UriKind.RelativeOrAbsolute);
            return System.Convert.ChangeType(text, type, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or InvalidCastException or UriFormatException)
        {
            throw new UsageException(
                $"Parameter '{name}' from {source}: '{(isSecret ? "****" : text)}' is not a valid {Describe(type)}. Give a value such as {Example(type)}.");
        }
    }

    private static string Example(Type type) =>
        type == typeof(bool) ? "true"
        : type == typeof(int) || type == typeof(long) ? "4"
        : type == typeof(double) || type == typeof(decimal) ? "0.5"
        : type == typeof(TimeSpan) ? "00:05:00"
        : type.IsEnum ? Enum.GetNames(type)[0].ToLowerInvariant()
        : "<value>";
}
