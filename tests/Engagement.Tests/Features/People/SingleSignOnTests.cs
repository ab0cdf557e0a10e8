using System.Net;
using System.Text.RegularExpressions;
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

        var (landing, browser, _) = await FollowAsync($"{SingleSignOn.StartPath}?next=/people");

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

        var (landing, browser, _) = await FollowAsync(SingleSignOn.StartPath);

        Assert.Equal("/sign-in", landing.AbsolutePath);
        Assert.Null((await _host.GraphQLAsync("{ me { email } }", client: browser)).DataOrThrow()["me"]);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("/\t/evil.example")]
    [InlineData("/%5Cevil.example")]
    public async Task The_page_to_return_to_must_be_on_this_site(string next)
    {
        _provider.Email = TestOrg.Peer;

        var (landing, _, location) = await FollowAsync($"{SingleSignOn.StartPath}?next={Uri.EscapeDataString(next)}");

        Assert.Equal(_host.ClientOptions.BaseAddress.Authority, landing.Authority);
        Assert.Equal("/", location);
    }

    // Browsers read "//host" and "/\host" as another site after dropping tabs and newlines; Kestrel refuses control and
    // non-ASCII characters in a Location header (a 500). Written escaped, so that the test names show them.
    [Theory]
    [InlineData("/people", "/people")]
    [InlineData("/ideas?search=caf%C3%A9#top", "/ideas?search=caf%C3%A9#top")]
    [InlineData("/one-on-ones/meetings/a%3A2026-01-05", "/one-on-ones/meetings/a%3A2026-01-05")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\\\evil.example", "/")]
    [InlineData("/\\t/evil.example", "/")]
    [InlineData("/\\n/evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("/%2F/evil.example", "/")]
    [InlineData("/%2f/evil.example", "/")]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("/\\r\\nSet-Cookie: a=b", "/")]
    [InlineData("/caf\\u00e9", "/")]
    [InlineData("", "/")]
    public void Only_paths_of_this_site_are_kept_as_the_page_to_return_to(string escaped, string expected) =>
        Assert.Equal(expected, SingleSignOn.LocalPath(Regex.Unescape(escaped)));

    /// <summary>
    /// Follows redirects like a browser, keeping cookies, until a page of the portal answers; also returns the last
    /// Location header as sent, since a URL parser may tidy away what a browser would follow.
    /// </summary>
    private async Task<(Uri Landing, HttpClient SignedIn, string? LastLocation)> FollowAsync(string path)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var uri = new Uri(_host.ClientOptions.BaseAddress, path);
        string? location = null;
        for (var hop = 0; hop < 10; hop++)
        {
            using var response = await browser.GetAsync(uri);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
            {
                break;
            }

            location = response.Headers.TryGetValues("Location", out var raw) ? raw.Single() : null;
            uri = new Uri(uri, response.Headers.Location!);
        }

        var session = cookies.GetCookies(_host.ClientOptions.BaseAddress)[Accounts.CookieName];
        return (uri, _host.NewClient(session is null ? null : $"{session.Name}={session.Value}"), location);
    }
}
