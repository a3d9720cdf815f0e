using System.Text.Json;
using System.Text.Json.Serialization;

namespace Walle.Pipelines.Server;

/// <summary><c>artifacts/images.json</c>: every image pushed, with its tags and digest, for deploy steps.</summary>
public static class ImagesFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the list through a temporary name, so a reader never sees half a file.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<PushedImage> images, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = File.Create(temporary))
                await JsonSerializer.SerializeAsync(stream, new Document(images), Options, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads the list; throws <see cref="FileNotFoundException"/> or <see cref="InvalidDataException"/> naming the file.</summary>
    public static async Task<IReadOnlyList<PushedImage>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"'{path}' does not exist: push the images first.", path);
        await using var stream = File.OpenRead(path);
        try
        {
            var document = await JsonSerializer.DeserializeAsync<Document>(stream, Options, cancellationToken);
            return document?.Images ?? throw new InvalidDataException($"'{path}' holds no image list.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not an images list ({e.Message}).", e);
        }
    }

    private sealed record Document(IReadOnlyList<PushedImage> Images);
}
