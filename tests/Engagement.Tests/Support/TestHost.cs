using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Engagement.Features.People;
using Engagement.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Engagement.Tests.Support;

/// <summary>The real host (silo, Hangfire, GraphQL) on Kestrel with a loopback port, against a test database.</summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    private readonly string _databaseUrl;
    private readonly int _siloPort = FreePort();

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public TestHost(string databaseUrl, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _databaseUrl = databaseUrl;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
        StartServer();
        Http = NewClient();
    }

    /// <summary>Not signed in.</summary>
    public HttpClient Http { get; }

    /// <summary>Where this host's silo listens for the other silos of its cluster.</summary>
    public int SiloPort => _siloPort;

    public Uri WebSocketUri => new UriBuilder(new Uri(ClientOptions.BaseAddress, "/graphql")) { Scheme = "ws" }.Uri;

    /// <summary>A client of its own, like another browser; with a session cookie, signed in.</summary>
    public HttpClient NewClient(string? sessionCookie = null)
    {
        // A plain client over real HTTP: the factory's own clients keep cookies, so an anonymous client would sign in.
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = ClientOptions.BaseAddress };
        client.DefaultRequestHeaders.Add(GraphQLHttpEndpoint.ClientHeader, "tests");
        if (sessionCookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", sessionCookie);
        }

        return client;
    }

    /// <summary>Signs in and returns the session cookie as a browser would send it back (<c>name=value</c>).</summary>
    public async Task<string> SessionCookieAsync(string email, string password = TestOrg.Password)
    {
        var response = await GraphQLAsync(SignInMutation, new { email, password });
        response.DataOrThrow();
        return response.SetCookies.Single(cookie => cookie.StartsWith(Accounts.CookieName + "=")).Split(';')[0];
    }

    public const string SignInMutation = "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id name } }";

    /// <summary>A client signed in as the person with this email.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = TestOrg.Password) =>
        NewClient(await SessionCookieAsync(email, password));

    public CapturedLogs Logs { get; } = new();

    /// <summary>Where this host's e-mails land unless its settings name an SMTP server.</summary>
    public string MailPickupDirectory { get; } = Path.Combine(Path.GetTempPath(), $"engagement-test-mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting(Database.UrlVariable, _databaseUrl);
        builder.UseSetting("Orleans:ClusterId", $"test-{Guid.NewGuid():N}");
        builder.UseSetting("Orleans:SiloPort", _siloPort.ToString());
        foreach (var (key, value) in TestClusterCertificate.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Jobs:Recurring", "false");
        builder.UseSetting("Email:PickupDirectory", MailPickupDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
    }

    /// <summary>POSTs a GraphQL request the way the web app does and returns the parsed response.</summary>
    public async Task<GraphQLResponse> GraphQLAsync(string query, object? variables = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(GraphQLHttpEndpoint.GraphQLResponseJson);
        using var response = await (client ?? Http).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject(),
            response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies] : [], response.Headers.RetryAfter?.Delta);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body, IReadOnlyList<string> SetCookies, TimeSpan? RetryAfter = null)
{
    public JsonNode? Data => Body["data"];

    public string? FirstErrorCode => Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string? FirstErrorMessage => Body["errors"]?[0]?["message"]?.GetValue<string>();

    public JsonNode DataOrThrow() =>
        Body["errors"] is null && Data is { } data ? data : throw new InvalidOperationException($"GraphQL errors: {Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
}
