using System.Net;
using System.Web;
using Engagement.Features.People;
using Engagement.Platform;
using Engagement.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Engagement.Tests.Platform;

/// <summary>Two hosts with single sign-on and a budget of one request a minute: one trusts no proxy, one trusts loopback.</summary>
public sealed class ProxiedHosts : IAsyncLifetime
{
    public FakeIdentityProvider Provider { get; private set; } = null!;
    public TestDatabase Database { get; private set; } = null!;
    public TestHost Direct { get; private set; } = null!;
    public TestHost BehindProxy { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await FakeIdentityProvider.StartAsync();
        Database = await TestDatabase.CreateAsync();
        Direct = new TestHost(Database.Url, Settings(knownProxies: null));
        BehindProxy = new TestHost(Database.Url, Settings(knownProxies: "127.0.0.1"));
    }

    private Dictionary<string, string?> Settings(string? knownProxies) => new()
    {
        ["Authentication:OpenIdConnect:Authority"] = Provider.Authority,
        ["Authentication:OpenIdConnect:ClientId"] = FakeIdentityProvider.ClientId,
        ["Authentication:OpenIdConnect:ClientSecret"] = FakeIdentityProvider.ClientSecret,
        ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        ["RateLimit:PermitsPerMinute"] = "1",
        [Proxies.Setting] = knownProxies,
    };

    public async Task DisposeAsync()
    {
        await BehindProxy.DisposeAsync();
        await Direct.DisposeAsync();
        await Database.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

[Collection(HostCollection.Name)]
public sealed class ProxiesTests(ProxiedHosts hosts) : IClassFixture<ProxiedHosts>
{
    [Fact]
    public async Task Forwarded_headers_from_an_address_not_listed_are_ignored()
    {
        var host = hosts.Direct;

        Assert.Equal($"{host.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority)}/signin-oidc", await ReturnAddressAsync(host));
        Assert.Equal(HttpStatusCode.OK, await QueryFromAsync(host, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await QueryFromAsync(host, "203.0.113.2"));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_listed_proxy_give_the_browsers_scheme_host_and_address()
    {
        var host = hosts.BehindProxy;

        Assert.Equal("https://portal.example/signin-oidc", await ReturnAddressAsync(host));
        Assert.Equal(HttpStatusCode.OK, await QueryFromAsync(host, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await QueryFromAsync(host, "198.51.100.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await QueryFromAsync(host, "198.51.100.1"));
    }

    [Fact]
    public void Known_proxies_are_addresses_or_networks_and_anything_else_is_refused_at_start()
    {
        Assert.Equal(["10.0.0.5/32", "10.1.0.0/16", "::1/128"], Proxies.KnownProxies(Configuration("10.0.0.5, 10.1.0.0/16 ::1")).Select(network => network.ToString()));
        Assert.Empty(Proxies.KnownProxies(Configuration(null)));
        Assert.Contains("proxy.internal", Assert.Throws<InvalidOperationException>(() => Proxies.KnownProxies(Configuration("proxy.internal"))).Message);
    }

    /// <summary>Where the identity provider is told to send the browser back: the address a person signs in at.</summary>
    private static async Task<string?> ReturnAddressAsync(TestHost host)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = host.ClientOptions.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, SingleSignOn.StartPath);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "portal.example");

        using var response = await browser.SendAsync(request);

        return HttpUtility.ParseQueryString(response.Headers.Location!.Query)["redirect_uri"];
    }

    private static async Task<HttpStatusCode> QueryFromAsync(TestHost host, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""") };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Forwarded-For", address);

        using var response = await host.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static IConfiguration Configuration(string? knownProxies) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Proxies.Setting] = knownProxies }).Build();
}
