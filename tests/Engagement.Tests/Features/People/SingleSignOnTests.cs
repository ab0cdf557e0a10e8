using System.Net;
using Engagement.Features.People;
using Engagement.Tests.Support;

namespace Engagement.Tests.Features.People;

[Collection(HostCollection.Name)]
public sealed class SingleSignOnTests : IAsyncLifetime
{
    private FakeIdentityProvider _provider = null!;
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeIdentityProvider.StartAsync();
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url, new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = _provider.Authority,
            ["Authentication:OpenIdConnect:ClientId"] = FakeIdentityProvider.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = FakeIdentityProvider.ClientSecret,
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
            ["Authentication:OpenIdConnect:DisplayName"] = "Fake IdP",
        });
        await TestOrg.SeedAsync(_host, _database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task The_sign_in_page_learns_that_single_sign_on_is_available()
    {
        var settings = (await _host.GraphQLAsync("{ singleSignOn { displayName startUrl } }")).DataOrThrow()["singleSignOn"]!;

        Assert.Equal("Fake IdP", settings["displayName"]!.GetValue<string>());
        Assert.Equal(SingleSignOn.StartPath, settings["startUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_known_employee_signs_in_through_the_provider_and_lands_on_the_page_they_asked_for()
    {
        _provider.Email = "Peer@Test.Example";

        var (landing, browser) = await FollowAsync($"{SingleSignOn.StartPath}?next=/people");

        Assert.Equal("/people", landing.AbsolutePath);
        var me = (await _host.GraphQLAsync("{ me { email } }", client: browser)).DataOrThrow()["me"]!;
        Assert.Equal(TestOrg.Peer, me["email"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("stranger@test.example", true)]
    [InlineData(TestOrg.Peer, false)]
    public async Task Someone_not_in_the_organisation_or_with_an_unverified_email_is_sent_back_to_sign_in(string email, bool verified)
    {
        _provider.Email = email;
        _provider.EmailVerified = verified;

        var (landing, browser) = await FollowAsync(SingleSignOn.StartPath);

        Assert.Equal("/sign-in", landing.AbsolutePath);
        Assert.Null((await _host.GraphQLAsync("{ me { email } }", client: browser)).DataOrThrow()["me"]);
    }

    [Fact]
    public async Task The_page_to_return_to_must_be_on_this_site()
    {
        _provider.Email = TestOrg.Peer;

        var (landing, _) = await FollowAsync($"{SingleSignOn.StartPath}?next=//evil.example/phish");

        Assert.Equal(_host.ClientOptions.BaseAddress.Authority, landing.Authority);
        Assert.Equal("/", landing.AbsolutePath);
    }

    /// <summary>Follows redirects like a browser, keeping cookies, until a page of the portal answers.</summary>
    private async Task<(Uri Landing, HttpClient SignedIn)> FollowAsync(string path)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var uri = new Uri(_host.ClientOptions.BaseAddress, path);
        for (var hop = 0; hop < 10; hop++)
        {
            using var response = await browser.GetAsync(uri);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
            {
                break;
            }

            uri = new Uri(uri, response.Headers.Location!);
        }

        var session = cookies.GetCookies(_host.ClientOptions.BaseAddress)[Accounts.CookieName];
        return (uri, _host.NewClient(session is null ? null : $"{session.Name}={session.Value}"));
    }
}
