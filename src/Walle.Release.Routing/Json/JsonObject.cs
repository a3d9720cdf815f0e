using System.Collections.Generic;

namespace Walle.Release.Routing.Json
{
    /// <summary>A JSON object that keeps its properties in order (for stable, diff-friendly output).</summary>
    internal sealed class JsonObject
    {
        private readonly List<KeyValuePair<string, object?>> _properties = new List<KeyValuePair<string, object?>>();

        public IReadOnlyList<KeyValuePair<string, object?>> Properties => _properties;

        public JsonObject Add(string name, object? value)
        {
            _properties.Add(new KeyValuePair<string, object?>(name, value));
            return this;
        }

        /// <summary>Adds the property only when <paramref name="value"/> is not null.</summary>
        public JsonObject AddIfSet(string name, object? value) => value == null ? this : Add(name, value);

        public bool TryGet(string name, out object? value)
        {
            foreach (var p in _properties)
                if (p.Key == name)
                {
                    value = p.Value;
                    return true;
                }
            value = null;
            return false;
        }
    }

    /// <summary>A JSON number kept as its text, converted when the model knows the type it expects.</summary>
    internal sealed class JsonNumber
    {
        public JsonNumber(string text) => Text = text;

        public string Text { get; }
    }
}
