using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// Two devices per kept version, kept as they were when that version was live: one that reached it by hot update, one
/// whose app package shipped it (its files and manifest). A check updates a copy of each to the live version.
/// </summary>
internal sealed class ModelPlayers(string folder, IObjectStore store, string cdn)
{
    private readonly Dictionary<string, CocosClient> _updated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CocosClient> _packaged = new(StringComparer.Ordinal);
    private int _devices;

    /// <summary>
    /// Adds the devices of the live version when it is new: its app package, and a player of <paramref name="previous"/>
    /// (the version live before) updated to it, or a copy of the package after a rebase. Drops devices of versions no longer kept.
    /// </summary>
    public async Task FollowAsync(PublishModel model, ModelVersion? previous, List<string> problems)
    {
        var live = model.Live!;
        if (!_packaged.ContainsKey(live.Version))
        {
            var content = NewDirectory();
            live.Content.WriteTo(content);
            _packaged[live.Version] = CocosClient.Install(NewDirectory(), content, live.Manifest, store, cdn);
            Directory.Delete(content, recursive: true);
            var from = previous is not null && previous.Epoch == live.Epoch ? _updated.GetValueOrDefault(previous.Version) : null;
            var device = (from ?? _packaged[live.Version]).CloneTo(NewDirectory());
            if (from is not null) await UpdateAsync($"a player on {previous!.Version} (updated)", device, live, problems);
            _updated[live.Version] = device;
        }
        foreach (var gone in _packaged.Keys.Where(v => model.Kept.All(k => k.Version != v)).ToList())
        {
            Directory.Delete(_packaged[gone].DeviceDirectory, recursive: true);
            Directory.Delete(_updated[gone].DeviceDirectory, recursive: true);
            _packaged.Remove(gone);
            _updated.Remove(gone);
        }
    }

    /// <summary>Updates a copy of every device of the versions since the last rebase and compares what each game reads with the model.</summary>
    public async Task CheckAsync(PublishModel model, List<string> problems)
    {
        foreach (var version in model.Updatable)
            foreach (var (kind, devices) in new[] { ("updated", _updated), ("app package", _packaged) })
            {
                var copy = devices[version.Version].CloneTo(NewDirectory());
                await UpdateAsync($"a player on {version.Version} ({kind})", copy, model.Live!, problems);
                Directory.Delete(copy.DeviceDirectory, recursive: true);
            }
    }

    private static async Task UpdateAsync(string player, CocosClient device, ModelVersion live, List<string> problems)
    {
        try
        {
            await device.UpdateAsync();
        }
        catch (CocosUpdateException e)
        {
            problems.Add($"{player} cannot update to {live.Version}: {e.Message}");
            return;
        }
        var now = device.LoadLocalManifest().Version;
        if (now != live.Version) problems.Add($"{player} is on {now} after updating, the model says {live.Version}");
        foreach (var (path, bytes) in live.Content.Files)
        {
            var read = device.Read(path);
            if (read is null) problems.Add($"{player} updated to {live.Version} has no {path}");
            else if (Md5.OfBytes(read) != Md5.OfBytes(bytes)) problems.Add($"{player} updated to {live.Version} reads {path} with MD5 {Md5.OfBytes(read)}, the model says {Md5.OfBytes(bytes)}");
        }
    }

    private string NewDirectory() => Path.Combine(folder, $"d{_devices++}");
}
