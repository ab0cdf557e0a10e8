using Engagement.Platform;
using Npgsql;

namespace Engagement.Tests.Support;

/// <summary>
/// A database of its own for one test class, cloned from the migrated template that infra/test.sh prepares,
/// so tests run in any order and leave nothing behind.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string TemplateVariable = "ENGAGEMENT_TEST_TEMPLATE_URL";
    private const string DefaultTemplateUrl = "postgresql://engagement@127.0.0.1:55432/engagement_test_template";

    private TestDatabase(string url, string name, NpgsqlDataSource server)
    {
        Url = url;
        Name = name;
        _server = server;
        DataSource = NpgsqlDataSource.Create(Database.ToConnectionString(url));
    }

    private readonly NpgsqlDataSource _server;

    public string Url { get; }
    public string Name { get; }
    public NpgsqlDataSource DataSource { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var templateUrl = Environment.GetEnvironmentVariable(TemplateVariable) ?? DefaultTemplateUrl;
        var template = new Uri(templateUrl);
        var templateName = template.AbsolutePath.Trim('/');
        var name = $"test_{Guid.NewGuid():N}";
        var server = NpgsqlDataSource.Create(Database.ToConnectionString(templateUrl.Replace($"/{templateName}", "/postgres")));
        await using (var create = server.CreateCommand($"CREATE DATABASE {name} TEMPLATE {templateName}"))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new TestDatabase(templateUrl.Replace($"/{templateName}", $"/{name}"), name, server);
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T?)await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        // A test may have restarted the server: connections idle since then are dead.
        _server.Clear();
        await using (var drop = _server.CreateCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await _server.DisposeAsync();
    }
}
