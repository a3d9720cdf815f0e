using System.Text.RegularExpressions;

namespace Walle.Pipelines.Server;

/// <summary>Docker's rules for the parts of an image reference (distribution/reference), checked before anything is built.</summary>
public static partial class ImageNames
{
    /// <summary>Throws <see cref="ServerImageException"/> unless <paramref name="service"/> is a valid repository component.</summary>
    public static void CheckService(string service)
    {
        if (!Component().IsMatch(service))
            throw new ServerImageException(service, ServerImageFailure.InvalidName,
                $"'{service}' is not a valid service name for an image: use lower case letters and digits, separated by '-', '_' or '.' (e.g. 'battle-server').");
    }

    /// <summary>Throws unless <paramref name="project"/> is one or more valid repository components separated by '/'.</summary>
    public static void CheckProject(string service, string project)
    {
        if (project.Split('/').Any(p => !Component().IsMatch(p)))
            throw new ServerImageException(service, ServerImageFailure.InvalidName,
                $"'{project}' is not a valid image project: use lower case letters and digits, separated by '-', '_', '.' or '/' (e.g. 'vega').");
    }

    /// <summary>Throws unless <paramref name="registry"/> is a host with an optional port.</summary>
    public static void CheckRegistry(string service, string registry)
    {
        if (!Registry().IsMatch(registry))
            throw new ServerImageException(service, ServerImageFailure.InvalidName,
                $"'{registry}' is not a registry address: give host[:port] without a scheme or path (e.g. registry.vega.example.com or 127.0.0.1:5000).");
    }

    /// <summary>Throws unless <paramref name="tag"/> is a valid tag (up to 128 letters, digits, '_', '.', '-'; not starting with '.' or '-').</summary>
    public static void CheckTag(string service, string tag)
    {
        if (!Tag().IsMatch(tag))
            throw new ServerImageException(service, ServerImageFailure.InvalidName,
                $"'{tag}' is not a valid image tag: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'.");
    }

    /// <summary>A branch name as a tag: characters a tag cannot hold become '-', at most 128 characters (e.g. <c>feature/pvp</c> → <c>feature-pvp</c>).</summary>
    public static string BranchTag(string branch)
    {
        var tag = NotTag().Replace(branch, "-").TrimStart('.', '-');
        return tag.Length > 128 ? tag[..128] : tag;
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$")]
    private static partial Regex Component();

    [GeneratedRegex(@"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?$")]
    private static partial Regex Registry();

    [GeneratedRegex(@"^[\w][\w.-]{0,127}$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[^\w.-]")]
    private static partial Regex NotTag();
}
