using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Npgsql;
using Orleans.Configuration;
using Orleans.Connections.Security;
using Orleans.Dashboard;

namespace Engagement.Platform;

public static class OrleansSetup
{
    /// <summary>The one grain storage of the app; state names must be unique across grain types (see TECH-NOTES).</summary>
    public const string Storage = "engagement";

    private const string Invariant = "Npgsql";

    public static IHostApplicationBuilder AddEngagementSilo(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Orleans");
        var trust = ClusterTrust.FromSettings(settings.GetSection("Tls"));
        if (trust.IsThisHostOnly)
        {
            builder.Services.AddHostedService<ClusterOfOneWarning>();
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = settings["ClusterId"] ?? "engagement";
                options.ServiceId = "engagement";
            });
            silo.Configure<EndpointOptions>(options =>
            {
                options.AdvertisedIPAddress = IPAddress.Loopback;
                options.SiloPort = settings.GetValue("SiloPort", 11111);
            });
            // Whoever reaches a gateway may call any grain with any Caller, and Orleans also opens one when
            // Orleans:Endpoints says so. The grain factory of this process needs none, so none opens, whatever the settings.
            silo.Services.PostConfigure<EndpointOptions>(options =>
            {
                options.GatewayPort = 0;
                options.GatewayListeningEndpoint = null;
            });
            silo.UseTls(trust.Certificate, options =>
            {
                // Mutual: a silo both calls its peers and is called by them, and each side shows its certificate.
                options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
                // Replaces the platform's check, which trusts any public CA and wants a host name; a peer is a silo of
                // this cluster when the cluster's own authority issued its certificate.
                options.RemoteCertificateValidation = (peer, _, _) => trust.Admits(peer);
            });

            // The providers take the host's one data source, so Orleans shares the connection pool.
            silo.UseAdoNetClustering(options => options.Invariant = Invariant);
            silo.UseAdoNetReminderService(options => options.Invariant = Invariant);
            silo.AddAdoNetGrainStorage(Storage, options => options.Invariant = Invariant);
            silo.Services.AddOptions<AdoNetClusteringSiloOptions>().Configure<NpgsqlDataSource>((o, data) => o.DataSource = data);
            silo.Services.AddOptions<AdoNetReminderTableOptions>().Configure<NpgsqlDataSource>((o, data) => o.DataSource = data);
            silo.Services.AddOptions<AdoNetGrainStorageOptions>(Storage).Configure<NpgsqlDataSource>((o, data) => o.DataSource = data);
            // Plain JSON in the database: readable with psql and free of .NET type names that would break on a rename.
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddDashboard();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapOrleansDashboardForHrAdmins(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrleansDashboard("/orleans").AddEndpointFilter<HrAdminsOnly>();
        return endpoints;
    }

    private sealed class ClusterOfOneWarning(ILogger<ClusterOfOneWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning("Orleans:Tls:CertificatePath is not set: this host made a silo certificate of its own, so no other host can join its cluster");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>
/// Which processes are silos of this cluster: those holding a certificate issued by the cluster's own authority.
/// Silos prove it to each other with mutual TLS on the silo port; nothing else gets into a grain.
/// </summary>
public sealed class ClusterTrust
{
    private readonly X509Certificate2Collection _authorities;

    private ClusterTrust(X509Certificate2 certificate, X509Certificate2Collection authorities, bool isThisHostOnly)
    {
        Certificate = certificate;
        _authorities = authorities;
        IsThisHostOnly = isThisHostOnly;
        if (!Admits(certificate))
        {
            throw new InvalidOperationException("Orleans:Tls:CertificatePath is not issued by Orleans:Tls:CaCertificatePath, so no other silo would accept this one.");
        }
    }

    /// <summary>This silo's own certificate, shown to the silos it calls and to those calling it.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate was made at start-up and no other process has it or its issuer.</summary>
    public bool IsThisHostOnly { get; }

    /// <summary>
    /// Reads <c>CertificatePath</c> (PEM with <c>KeyPath</c>, or PKCS#12), <c>CertificatePassword</c> and
    /// <c>CaCertificatePath</c> (PEM, one or more authorities; by default the certificate itself, for hosts that share one
    /// self-signed certificate). Without a certificate, makes one that only this process holds: a single host runs,
    /// and no other can join it.
    /// </summary>
    public static ClusterTrust FromSettings(IConfiguration tls)
    {
        if (tls["CertificatePath"] is not { Length: > 0 } path)
        {
            var own = SelfSigned("CN=Engagement silo of a single host");
            return new ClusterTrust(own, [own], isThisHostOnly: true);
        }

        var password = tls["CertificatePassword"];
        var certificate = tls["KeyPath"] is { Length: > 0 } keyPath
            ? password is null ? X509Certificate2.CreateFromPemFile(path, keyPath) : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath)
            : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        var authorities = new X509Certificate2Collection();
        if (tls["CaCertificatePath"] is { Length: > 0 } caPath)
        {
            authorities.ImportFromPemFile(caPath);
        }
        else
        {
            authorities.Add(certificate);
        }

        return new ClusterTrust(certificate, authorities, isThisHostOnly: false);
    }

    /// <summary>A certificate whose only authority is itself, valid from a moment ago for a year.</summary>
    public static X509Certificate2 SelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        // TLS checks validity against the machine's clock, so this uses it too.
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
    }

    /// <summary>Whether one of the cluster's authorities issued this certificate, and it is valid now.</summary>
    public bool Admits(X509Certificate2 peer)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_authorities);
        // A private cluster authority publishes no revocation list: to shut a leaked certificate out, replace the authority.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(peer);
    }
}
