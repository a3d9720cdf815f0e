namespace Walle.Pipelines.Server.Tests;

/// <summary>Certificate folders made with openssl, for a TLS engine's bad-input cases: another CA, a client certificate it signed.</summary>
internal static class TestCertificates
{
    /// <summary>A new CA in <paramref name="folder"/> (<c>ca.pem</c>, <c>ca-key.pem</c>).</summary>
    public static void Authority(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        OpenSsl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=" + name,
            "-keyout", Path.Combine(folder, "ca-key.pem"), "-out", Path.Combine(folder, "ca.pem"));
    }

    /// <summary>A client certificate (<c>cert.pem</c>, <c>key.pem</c>) in <paramref name="folder"/>, signed by the CA in <paramref name="authority"/>.</summary>
    public static void Client(string folder, string authority)
    {
        Directory.CreateDirectory(folder);
        string In(string file) => Path.Combine(folder, file);
        File.WriteAllText(In("client.ext"), "extendedKeyUsage=clientAuth\n");
        OpenSsl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=walle-other-client", "-keyout", In("key.pem"), "-out", In("client.csr"));
        OpenSsl("x509", "-req", "-in", In("client.csr"), "-CA", Path.Combine(authority, "ca.pem"), "-CAkey", Path.Combine(authority, "ca-key.pem"),
            "-CAcreateserial", "-days", "1", "-extfile", In("client.ext"), "-out", In("cert.pem"));
    }

    /// <summary>A server certificate (<c>server-cert.pem</c>, <c>server-key.pem</c>) for <paramref name="subjectAltName"/>, signed by the CA in <paramref name="authority"/>.</summary>
    public static void Server(string folder, string authority, string subjectAltName)
    {
        Directory.CreateDirectory(folder);
        string In(string file) => Path.Combine(folder, file);
        File.WriteAllText(In("server.ext"), $"subjectAltName={subjectAltName}\nextendedKeyUsage=serverAuth\n");
        OpenSsl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=walle-test-server", "-keyout", In("server-key.pem"), "-out", In("server.csr"));
        OpenSsl("x509", "-req", "-in", In("server.csr"), "-CA", Path.Combine(authority, "ca.pem"), "-CAkey", Path.Combine(authority, "ca-key.pem"),
            "-CAcreateserial", "-days", "1", "-extfile", In("server.ext"), "-out", In("server-cert.pem"));
    }

    /// <summary>A copy of the test engine's client folder with one file replaced.</summary>
    public static string CopyOfTestClient(string folder, string file, string from)
    {
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "ca.pem", "cert.pem", "key.pem" })
            File.Copy(Path.Combine(TestEngine.TlsCertPath, name), Path.Combine(folder, name), overwrite: true);
        File.Copy(from, Path.Combine(folder, file), overwrite: true);
        return folder;
    }

    private static void OpenSsl(params string[] arguments)
    {
        var result = TestEngine.Run("openssl", arguments);
        if (result.ExitCode != 0) throw new InvalidOperationException($"openssl {arguments[0]} failed (apt-get install openssl): {result.Output}");
    }
}
