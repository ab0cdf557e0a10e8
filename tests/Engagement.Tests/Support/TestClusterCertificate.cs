using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Engagement.Tests.Support;

/// <summary>
/// One authority and one silo certificate it issued, made once per test process as files the way infra/lib.sh
/// makes them, so every <see cref="TestHost"/> can join every other one that shares its cluster id.
/// </summary>
public static class TestClusterCertificate
{
    private static readonly Lazy<IReadOnlyDictionary<string, string?>> Files = new(Write);

    /// <summary>The Orleans:Tls settings that give a host this certificate.</summary>
    public static IReadOnlyDictionary<string, string?> Settings => Files.Value;

    /// <summary>A certificate for a silo, issued by a new authority of its own; both are returned.</summary>
    public static (X509Certificate2 Authority, X509Certificate2 Silo) IssueFromNewAuthority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name} authority", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var now = DateTimeOffset.UtcNow;
        var authority = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return (authority, IssueFrom(authority, name));
    }

    /// <summary>A silo certificate, with its key, for TLS server and client alike, as infra/lib.sh makes them.</summary>
    public static X509Certificate2 IssueFrom(X509Certificate2 authority, string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name} silo", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(authority, now.AddMinutes(-5), now.AddHours(12), RandomNumberGenerator.GetBytes(16));
        return issued.CopyWithPrivateKey(key);
    }

    private static IReadOnlyDictionary<string, string?> Write()
    {
        // Made readable by its owner only (0700), as the key beside the certificate must be.
        var directory = Directory.CreateTempSubdirectory("engagement-test-cluster-");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => directory.Delete(recursive: true);
        var (authority, silo) = IssueFromNewAuthority("Engagement test cluster");
        var files = new Dictionary<string, string?>
        {
            ["Orleans:Tls:CaCertificatePath"] = Path.Combine(directory.FullName, "ca.pem"),
            ["Orleans:Tls:CertificatePath"] = Path.Combine(directory.FullName, "silo.pem"),
            ["Orleans:Tls:KeyPath"] = Path.Combine(directory.FullName, "silo.key"),
        };
        File.WriteAllText(files["Orleans:Tls:CaCertificatePath"]!, authority.ExportCertificatePem());
        File.WriteAllText(files["Orleans:Tls:CertificatePath"]!, silo.ExportCertificatePem());
        File.WriteAllText(files["Orleans:Tls:KeyPath"]!, silo.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return files;
    }
}
