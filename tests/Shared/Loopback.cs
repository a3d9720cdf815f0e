using System.Net;
using System.Net.Sockets;

namespace Walle.Pipelines.TestSupport;

/// <summary>
/// Ports and HTTP listeners on 127.0.0.1 for test servers. A port is asked of the kernel (bind to port 0), never drawn
/// at random: a random port can be one another test, RGW or the registry holds, and a failed
/// <see cref="HttpListener.Start"/> disposes its listener, so each attempt needs a new one.
/// </summary>
internal static class Loopback
{
    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try { return ((IPEndPoint)probe.LocalEndpoint).Port; }
        finally { probe.Stop(); }
    }

    /// <summary>A started listener on a free port; <paramref name="url"/> is its prefix, ending in '/'.</summary>
    public static HttpListener StartHttp(out string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            var listener = new HttpListener();
            url = $"http://127.0.0.1:{FreePort()}/";
            listener.Prefixes.Add(url);
            try
            {
                listener.Start();
                return listener;
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close(); // taken between the probe and the start
            }
        }
    }
}
