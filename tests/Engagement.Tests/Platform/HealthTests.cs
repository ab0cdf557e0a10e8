using System.Net;
using System.Text.Json.Nodes;
using Engagement.Tests.Support;
using Npgsql;

namespace Engagement.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class HealthTests
{
    [Fact]
    public async Task The_health_endpoint_tells_ready_from_degraded_while_postgresql_refuses_connections_and_recovers_by_itself()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        await using var server = NpgsqlDataSource.Create(Engagement.Platform.Database.ToConnectionString(database.Url.Replace($"/{database.Name}", "/postgres")));
        async Task<(HttpStatusCode Status, string State)> HealthAsync()
        {
            using var response = await host.Http.GetAsync("/health");
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        }

        async Task ExecuteAsync(string sql)
        {
            await using var command = server.CreateCommand(sql);
            await command.ExecuteNonQueryAsync();
        }

        var before = await HealthAsync();
        await ExecuteAsync($"ALTER DATABASE {database.Name} ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database.Name}'");
        var away = await HealthAsync();
        await ExecuteAsync($"ALTER DATABASE {database.Name} ALLOW_CONNECTIONS true");
        var recovered = await HealthAsync();

        Assert.Equal((HttpStatusCode.OK, "ready"), before);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "degraded"), away);
        Assert.Equal((HttpStatusCode.OK, "ready"), recovered);
    }
}
