using Npgsql;

namespace Engagement.Platform;

/// <summary>
/// One <see cref="NpgsqlDataSource"/> serves Orleans, Hangfire and the read queries, so the whole host
/// shares one connection pool.
/// </summary>
public static class Database
{
    public const string UrlVariable = "ENGAGEMENT_DATABASE_URL";
    public const string LocalDefaultUrl = "postgresql://engagement@127.0.0.1:55432/engagement";

    public static IHostApplicationBuilder AddEngagementDatabase(this IHostApplicationBuilder builder)
    {
        var url = builder.Configuration[UrlVariable] ?? LocalDefaultUrl;
        var dataSource = new NpgsqlDataSourceBuilder(ToConnectionString(url))
        {
            Name = "engagement",
        }.Build();
        builder.Services.AddSingleton(dataSource);
        return builder;
    }

    /// <summary>
    /// The scripts and psql speak libpq URIs; Npgsql wants keyword connection strings. Users give one URI,
    /// so both sides read the same setting.
    /// </summary>
    public static string ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgresql" or "postgres"))
        {
            throw new DatabaseUnavailableException(
                $"{UrlVariable} must be a URI like postgresql://user:password@host:5432/database, not '{url}'.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : null,
            Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null,
            MaxPoolSize = 50,
        };
        foreach (var (key, value) in ParseQuery(uri.Query))
        {
            connection[key] = value;
        }

        return connection.ConnectionString;
    }

    private static IEnumerable<(string Key, string Value)> ParseQuery(string query) =>
        query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : ""));

    /// <summary>
    /// Checks before anything else starts that the database answers and carries the schema, so a newcomer
    /// reads what to run instead of an Orleans start-up exception.
    /// </summary>
    public static async Task EnsureReadyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        const string hint = "Start it with infra/db.sh (or infra/run.sh), or point " + UrlVariable + " at your own PostgreSQL and run infra/db.sh once.";
        try
        {
            await using var command = dataSource.CreateCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('schema_migrations', 'orleansquery')");
            var tables = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (tables < 2)
            {
                throw new DatabaseUnavailableException($"The database has no Engagement schema yet. {hint}");
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            throw new DatabaseUnavailableException(
                $"PostgreSQL at {builder.Host}:{builder.Port}/{builder.Database} is not reachable ({exception.Message.Trim()}). {hint}");
        }
    }
}

public sealed class DatabaseUnavailableException(string message) : Exception(message);
