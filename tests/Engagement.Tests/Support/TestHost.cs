using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Engagement.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Engagement.Tests.Support;

/// <summary>The real host (silo, Hangfire, GraphQL) on Kestrel with a loopback port, against a test database.</summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    private readonly string _databaseUrl;
    private readonly int _siloPort = FreePort();
    private readonly int _gatewayPort = FreePort();

    public TestHost(string databaseUrl)
    {
        _databaseUrl = databaseUrl;
        UseKestrel(0);
        StartServer();
        Http = CreateClient();
    }

    public HttpClient Http { get; }

    public Uri WebSocketUri => new UriBuilder(new Uri(ClientOptions.BaseAddress, "/graphql")) { Scheme = "ws" }.Uri;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(Database.UrlVariable, _databaseUrl);
        builder.UseSetting("Orleans:ClusterId", $"test-{Guid.NewGuid():N}");
        builder.UseSetting("Orleans:SiloPort", _siloPort.ToString());
        builder.UseSetting("Orleans:GatewayPort", _gatewayPort.ToString());
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseEnvironment("Testing");
    }

    /// <summary>POSTs a GraphQL request the way the web app does and returns the parsed response.</summary>
    public async Task<GraphQLResponse> GraphQLAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(GraphQLHttpEndpoint.GraphQLResponseJson);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public string? FirstErrorCode => Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string? FirstErrorMessage => Body["errors"]?[0]?["message"]?.GetValue<string>();

    public JsonNode DataOrThrow() =>
        Body["errors"] is null && Data is { } data ? data : throw new InvalidOperationException($"GraphQL errors: {Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
}
