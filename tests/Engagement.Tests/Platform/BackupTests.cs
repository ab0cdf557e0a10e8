using Engagement.Tests.Support;
using Npgsql;

namespace Engagement.Tests.Platform;

/// <summary>The README's backup and restore commands, run on a demo organisation as an operator would.</summary>
[Collection(HostCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_of_the_demo_restores_into_a_new_database_with_every_row_and_the_same_kudos()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var host = new TestHost(database.Url, new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Employees"] = "40" }))
        {
            Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM kudos") > 0, "the demo gave kudos");
        }

        var folder = Directory.CreateTempSubdirectory("engagement-backup-");
        var restored = $"{database.Name}_restored";
        try
        {
            var file = (await RunAsync("infra/backup.sh", [database.Name], database.Url, folder.FullName)).Trim().Split('\n')[^1];
            await RunAsync("infra/restore.sh", [file, restored], database.Url, folder.FullName);
            var refused = await RunAsync("infra/restore.sh", [file, restored], database.Url, folder.FullName, expectSuccess: false);

            await using var copy = NpgsqlDataSource.Create(Engagement.Platform.Database.ToConnectionString(database.Url.Replace($"/{database.Name}", $"/{restored}")));
            Assert.Equal(await EveryTableCountedAsync(database.DataSource), await EveryTableCountedAsync(copy));
            Assert.Equal(await KudosChecksumAsync(database.DataSource), await KudosChecksumAsync(copy));
            Assert.Contains("already has tables", refused);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = NpgsqlDataSource.Create(Engagement.Platform.Database.ToConnectionString(database.Url.Replace($"/{database.Name}", "/postgres")));
            await using var drop = server.CreateCommand($"DROP DATABASE IF EXISTS {restored} WITH (FORCE)");
            await drop.ExecuteNonQueryAsync();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every table of the portal, Orleans and Hangfire with its number of rows.</summary>
    private static async Task<Dictionary<string, long>> EveryTableCountedAsync(NpgsqlDataSource dataSource)
    {
        var tables = new List<string>();
        await using (var list = dataSource.CreateCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'hangfire')"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = dataSource.CreateCommand($"SELECT count(*) FROM {table}");
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static async Task<string> KudosChecksumAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT md5(string_agg(k::text, '|' ORDER BY k.id)) FROM kudos k)
                || (SELECT md5(string_agg(r::text, '|' ORDER BY r.kudos_id, r.recipient_id)) FROM kudos_recipients r)
            """);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> RunAsync(string script, string[] arguments, string databaseUrl, string backupFolder, bool expectSuccess = true)
    {
        var (exitCode, output) = await Scripts.RunAsync(script, arguments,
            new Dictionary<string, string> { ["ENGAGEMENT_DATABASE_URL"] = databaseUrl, ["ENGAGEMENT_BACKUP_DIR"] = backupFolder });
        Assert.True(expectSuccess == (exitCode == 0), $"{script} exited {exitCode}: {output}");
        return output;
    }
}
