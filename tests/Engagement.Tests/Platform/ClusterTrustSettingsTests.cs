using System.Security.Cryptography.X509Certificates;
using Engagement.Platform;
using Engagement.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Engagement.Tests.Platform;

/// <summary>How the Orleans:Tls settings decide which certificates a silo admits.</summary>
public sealed class ClusterTrustSettingsTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("engagement-trust-");

    [Fact]
    public void A_pkcs12_certificate_is_read_with_its_password_and_admits_a_sibling_from_its_authority()
    {
        var (authority, silo) = TestClusterCertificate.IssueFromNewAuthority("Pkcs12");
        var trust = ClusterTrust.FromSettings(Settings(
            ("CertificatePath", Write("silo.pfx", silo.Export(X509ContentType.Pkcs12, "secret"))),
            ("CertificatePassword", "secret"),
            ("CaCertificatePath", Write("ca.pem", authority.ExportCertificatePem()))));

        Assert.Equal(silo.Thumbprint, trust.Certificate.Thumbprint);
        Assert.True(trust.Certificate.HasPrivateKey);
        Assert.True(trust.Admits(Sibling(authority)));
    }

    [Fact]
    public void A_certificate_its_authority_setting_did_not_issue_stops_the_start()
    {
        var (_, silo) = TestClusterCertificate.IssueFromNewAuthority("Mine");
        var (otherAuthority, _) = TestClusterCertificate.IssueFromNewAuthority("Theirs");

        var refusal = Assert.Throws<InvalidOperationException>(() => ClusterTrust.FromSettings(Settings(
            ("CertificatePath", Write("silo.pem", silo.ExportCertificatePem())),
            ("KeyPath", Write("silo.key", silo.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem())),
            ("CaCertificatePath", Write("ca.pem", otherAuthority.ExportCertificatePem())))));
        Assert.Contains("CaCertificatePath", refusal.Message);
    }

    [Fact]
    public void Without_an_authority_a_shared_self_signed_certificate_admits_only_itself()
    {
        var shared = ClusterTrust.SelfSigned("CN=Shared silo");
        var trust = ClusterTrust.FromSettings(Settings(
            ("CertificatePath", Write("silo.pem", shared.ExportCertificatePem())),
            ("KeyPath", Write("silo.key", shared.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem()))));

        Assert.True(trust.Admits(X509CertificateLoader.LoadCertificate(shared.RawData)));
        Assert.False(trust.Admits(ClusterTrust.SelfSigned("CN=Shared silo")));
    }

    [Fact]
    public void Without_any_setting_a_host_trusts_a_certificate_of_its_own_and_nothing_else()
    {
        var trust = ClusterTrust.FromSettings(Settings());

        Assert.True(trust.IsThisHostOnly);
        Assert.True(trust.Admits(trust.Certificate));
        Assert.False(trust.Admits(Sibling(TestClusterCertificate.IssueFromNewAuthority("Elsewhere").Authority)));
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static X509Certificate2 Sibling(X509Certificate2 authority) =>
        X509CertificateLoader.LoadCertificate(TestClusterCertificate.IssueFrom(authority, "Sibling").RawData);

    private string Write(string name, string text) => Write(name, System.Text.Encoding.ASCII.GetBytes(text));

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create($"Orleans:Tls:{setting.Key}", (string?)setting.Value)))
            .Build()
            .GetSection("Orleans:Tls");
}
