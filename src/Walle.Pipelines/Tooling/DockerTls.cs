using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;
using Docker.DotNet.X509;

namespace Walle.Pipelines.Tooling;

/// <summary>
/// A remote engine's TLS set-up from a <c>DOCKER_CERT_PATH</c>-style folder: the client certificate
/// (<c>cert.pem</c> + <c>key.pem</c>) and the engine's CA (<c>ca.pem</c>). The engine's certificate must chain to that
/// CA <em>and</em> be issued for the host dialled, as the docker CLI checks; the library's own CA callback checks the
/// chain only. The reason for a rejection is kept, so the error can say it.
/// </summary>
internal sealed class DockerTls
{
    private readonly X509Certificate2? _authority;
    private readonly X509Certificate2 _client;

    private DockerTls(string folder, X509Certificate2 client, X509Certificate2? authority)
    {
        Folder = folder;
        _client = client;
        _authority = authority;
    }

    /// <summary>The certificate folder.</summary>
    public string Folder { get; }

    /// <summary>Why the engine's certificate was last refused; null: it never was.</summary>
    public string? Rejection { get; private set; }

    /// <summary>Loads the folder; a missing or unreadable file is a <see cref="DockerEngineFault.Certificates"/> error naming it (never its contents).</summary>
    public static DockerTls Load(string address, string folder, bool verify)
    {
        string In(string file) => Path.Combine(folder, file);
        if (!Directory.Exists(folder))
            throw Fault(address, $"The TLS certificate folder '{folder}' does not exist (it needs ca.pem, cert.pem and key.pem, as made for DOCKER_CERT_PATH).");
        foreach (var file in new[] { "cert.pem", "key.pem" }.Concat(verify ? ["ca.pem"] : []))
            if (!File.Exists(In(file)))
                throw Fault(address, $"The TLS certificate folder '{folder}' has no {file} (it needs ca.pem, cert.pem and key.pem, as made for DOCKER_CERT_PATH).");
        X509Certificate2 client;
        try
        {
            client = DockerTlsCertificates.LoadCertificateFromPemFiles(In("cert.pem"), In("key.pem"));
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            // The exception's own words only: they describe the format, never the key.
            throw Fault(address, $"'{In("cert.pem")}' and '{In("key.pem")}' are not a PEM client certificate and its private key ({e.Message.Trim()}).", e);
        }
        X509Certificate2? authority = null;
        if (verify)
        {
            try
            {
                authority = X509CertificateLoader.LoadCertificateFromFile(In("ca.pem"));
            }
            catch (CryptographicException e)
            {
                throw Fault(address, $"'{In("ca.pem")}' is not a PEM CA certificate ({e.Message.Trim()}).", e);
            }
        }
        return new DockerTls(folder, client, authority);
    }

    /// <summary>The credentials for the client builder.</summary>
    public CertificateCredentials Credentials() => new(_client) { ServerCertificateValidationCallback = Check };

    private bool Check(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_authority is null) return true;   // TlsVerify off: encrypted, the engine not checked (docker --tls)
        if (certificate is null)
        {
            Rejection = "it sent no certificate";
            return false;
        }
        using var custom = new X509Chain();
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(_authority);
        using var presented = new X509Certificate2(certificate);
        if (!custom.Build(presented))
        {
            var status = string.Join("; ", custom.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
            Rejection = $"its certificate '{presented.Subject}' is not signed by the CA in ca.pem ('{_authority.Subject}'): {status}";
            return false;
        }
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            Rejection = $"its certificate '{presented.Subject}' is not issued for the host dialled ({presented.GetNameInfo(X509NameType.DnsName, false)})";
            return false;
        }
        Rejection = null;
        return true;
    }

    private static DockerEngineUnreachableException Fault(string address, string message, Exception? inner = null) =>
        new(address, message, inner, DockerEngineFault.Certificates);
}
