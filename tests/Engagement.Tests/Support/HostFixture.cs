namespace Engagement.Tests.Support;

/// <summary>One database and one running host shared by the tests of the <see cref="HostCollection"/>.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public TestHost Host { get; private set; } = null!;
    public TestOrg Org { get; private set; } = null!;

    /// <summary>Signed in as the HR admin, who may do everything.</summary>
    public HttpClient HrAdmin { get; private set; } = null!;

    public string HrAdminCookie { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Host = new TestHost(Database.Url);
        Org = await TestOrg.SeedAsync(Host, Database);
        HrAdminCookie = await Host.SessionCookieAsync(TestOrg.HrAdmin);
        HrAdmin = Host.NewClient(HrAdminCookie);
    }

    private readonly Dictionary<string, string> _cookies = [];
    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>The session cookie of this person, signed in once per test run.</summary>
    public async Task<string> CookieOfAsync(string email)
    {
        if (!_cookies.TryGetValue(email, out var cookie))
        {
            _cookies[email] = cookie = await Host.SessionCookieAsync(email);
        }

        return cookie;
    }

    /// <summary>A client signed in as this person, signed in once per test run.</summary>
    public async Task<HttpClient> ClientOfAsync(string email)
    {
        if (!_clients.TryGetValue(email, out var client))
        {
            _clients[email] = client = Host.NewClient(await CookieOfAsync(email));
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "running host";
}
