using System.Net;
using System.Security.Cryptography.X509Certificates;
using Engagement.Features.Company;
using Engagement.Platform;
using Engagement.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Engagement.Tests.Platform;

/// <summary>
/// The attack of issue 13: an Orleans process on the network calls grains with a Caller of its choosing. Here the
/// attacker runs on loopback with the host's database and cluster id; only the cluster certificate lets it in.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ClusterTrustTests
{
    /// <summary>The longest any attempt may take, so a hang fails its test rather than stalling the run.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private static readonly CompanyProfileInput Takeover = new("Taken over", "UTC", ["Obey"], 1, 1);

    public enum Credentials
    {
        None,
        SelfSigned,
        FromAnotherAuthority,
        TheClusters,
    }

    /// <summary>
    /// Even with the cluster certificate: the silo port serves silos only, and no gateway opens, though Orleans would open
    /// one for the setting given here.
    /// </summary>
    [Fact]
    public async Task An_Orleans_client_reaches_no_grain_on_any_port_of_the_host()
    {
        await using var database = await TestDatabase.CreateAsync();
        var gatewayPort = TestHost.FreePort();
        await using var host = new TestHost(database.Url, new Dictionary<string, string?> { ["Orleans:Endpoints:GatewayPort"] = gatewayPort.ToString() });

        var admitted = new List<string>();
        foreach (var (port, door) in new[] { (host.SiloPort, "silo port"), (gatewayPort, "gateway port") })
        {
            foreach (var credentials in Enum.GetValues<Credentials>())
            {
                using var outsider = OutsideClient(port, ClusterIdOf(host), CertificateFor(credentials));
                // Refused or turned away by TLS (in milliseconds on an idle machine), or still waiting at the bound: either way it
                // reached nothing.
                if (await Record.ExceptionAsync(() => outsider.StartAsync().WaitAsync(Bound)) is null)
                {
                    admitted.Add($"{door} with {credentials}");
                }
            }
        }

        Assert.Empty(admitted);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT max(proxyport) FROM orleansmembershiptable"));
        await AssertStillServesAsync(host);
    }

    [Theory]
    [InlineData(Credentials.None)]
    [InlineData(Credentials.SelfSigned)]
    [InlineData(Credentials.FromAnotherAuthority)]
    public async Task A_silo_without_the_cluster_certificate_can_neither_join_nor_call_grains(Credentials credentials)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);

        using var outsider = OutsideSilo(database, ClusterIdOf(host), CertificateFor(credentials));
        await Assert.ThrowsAnyAsync<Exception>(() => outsider.StartAsync().WaitAsync(Bound));
        await Assert.ThrowsAnyAsync<Exception>(() => CompanyOf(outsider.Services).UpdateProfile(Caller.System, Takeover).WaitAsync(Bound));

        Assert.NotEqual(Takeover.Name, (await CompanyOf(host.Services).GetProfile(Caller.System)).Name);
        Assert.Equal(2L, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
        Assert.Equal(1, ActiveIn(MembershipOf(host).CurrentSnapshot));
        await AssertStillServesAsync(host);
    }

    [Fact]
    public async Task A_host_without_a_configured_certificate_admits_no_other_silo()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url, new Dictionary<string, string?> { ["Orleans:Tls:CertificatePath"] = null });

        using var outsider = OutsideSilo(database, ClusterIdOf(host), CertificateFor(Credentials.TheClusters));
        await Assert.ThrowsAnyAsync<Exception>(() => outsider.StartAsync().WaitAsync(Bound));

        Assert.Equal(1, ActiveIn(MembershipOf(host).CurrentSnapshot));
        await AssertStillServesAsync(host);
    }

    /// <summary>The other side of the boundary, which shows that the outside silos above would be seen if they got in.</summary>
    [Fact]
    public async Task A_silo_with_the_cluster_certificate_joins()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);

        using var insider = OutsideSilo(database, ClusterIdOf(host), CertificateFor(Credentials.TheClusters));
        await insider.StartAsync().WaitAsync(Bound);

        using var timeout = new CancellationTokenSource(Bound);
        await foreach (var view in MembershipOf(host).MembershipUpdates.WithCancellation(timeout.Token))
        {
            if (ActiveIn(view) == 2)
            {
                break;
            }
        }

        Assert.Equal(2, ActiveIn(MembershipOf(host).CurrentSnapshot));
        await insider.StopAsync().WaitAsync(Bound);
    }

    /// <summary>An Orleans client pointed at one port of the host, for the host's cluster id, with the given certificate.</summary>
    private static IHost OutsideClient(int port, string clusterId, X509Certificate2? certificate)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = "engagement";
            });
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, port));
            // Orleans' client retries forever by default; this one reports its first failure.
            client.UseConnectionRetryFilter((_, _) => Task.FromResult(false));
            if (certificate is not null)
            {
                client.UseTls(certificate, options => options.AllowAnyRemoteCertificate());
            }
        });
        return builder.Build();
    }

    /// <summary>A silo as a second host would run it, on the host's database and cluster id, with the given certificate.</summary>
    private static IHost OutsideSilo(TestDatabase database, string clusterId, X509Certificate2? certificate)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = "engagement";
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, TestHost.FreePort(), gatewayPort: 0);
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = Database.ToConnectionString(database.Url);
            });
            // Gives up on joining in seconds rather than Orleans' five minutes.
            silo.Configure<ClusterMembershipOptions>(options => options.MaxJoinAttemptTime = TimeSpan.FromSeconds(2));
            if (certificate is not null)
            {
                silo.UseTls(certificate, options => options.AllowAnyRemoteCertificate());
            }

            silo.Services.Replace(ServiceDescriptor.Singleton<IFatalErrorHandler, OutsiderMayDie>());
        });
        return builder.Build();
    }

    /// <summary>The cluster declares an outsider dead, and Orleans would then end the process: the test run, here.</summary>
    private sealed class OutsiderMayDie : IFatalErrorHandler
    {
        public bool IsUnexpected(Exception exception) => exception is not OperationCanceledException;

        public void OnFatalException(object? sender, string? context, Exception? exception)
        {
        }
    }

    private static X509Certificate2? CertificateFor(Credentials credentials) => credentials switch
    {
        Credentials.None => null,
        Credentials.SelfSigned => ClusterTrust.SelfSigned("CN=Engagement silo"),
        Credentials.FromAnotherAuthority => TestClusterCertificate.IssueFromNewAuthority("Elsewhere").Silo,
        _ => ClusterTrust.FromSettings(new ConfigurationBuilder().AddInMemoryCollection(TestClusterCertificate.Settings).Build().GetSection("Orleans:Tls")).Certificate,
    };

    private static ICompanyGrain CompanyOf(IServiceProvider process) => process.GetRequiredService<IGrainFactory>().GetGrain<ICompanyGrain>(ICompanyGrain.Key);

    private static string ClusterIdOf(TestHost host) => host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId;

    private static IClusterMembershipService MembershipOf(TestHost host) => host.Services.GetRequiredService<IClusterMembershipService>();

    private static int ActiveIn(ClusterMembershipSnapshot view) => view.Members.Values.Count(member => member.Status == SiloStatus.Active);

    private static async Task AssertStillServesAsync(TestHost host)
    {
        using var response = await host.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
