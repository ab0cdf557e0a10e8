using Engagement.Platform;
using Engagement.Tests.Support;
using Npgsql;

namespace Engagement.Tests.Platform;

public sealed class DatabaseTests
{
    [Fact]
    public void A_postgresql_uri_becomes_an_npgsql_connection_string()
    {
        var connection = new NpgsqlConnectionStringBuilder(
            Database.ToConnectionString("postgresql://ann%40hr:p%3Ass@db.example:6543/engagement?SSL%20Mode=Require"));

        Assert.Equal("db.example", connection.Host);
        Assert.Equal(6543, connection.Port);
        Assert.Equal("engagement", connection.Database);
        Assert.Equal("ann@hr", connection.Username);
        Assert.Equal("p:ss", connection.Password);
        Assert.Equal(SslMode.Require, connection.SslMode);
    }

    [Fact]
    public void A_setting_that_is_not_a_postgresql_uri_is_refused_with_an_example()
    {
        var error = Assert.Throws<DatabaseUnavailableException>(() => Database.ToConnectionString("Host=localhost;Database=x"));

        Assert.Contains("postgresql://", error.Message);
    }

    [Fact]
    public async Task A_database_that_is_down_is_reported_with_what_to_run()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => Database.EnsureReadyAsync(nowhere, CancellationToken.None));

        Assert.Contains("infra/db.sh", error.Message);
        Assert.Contains("127.0.0.1:1", error.Message);
    }

    [Fact]
    public async Task A_database_without_the_schema_is_reported_with_what_to_run()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var drop = database.DataSource.CreateCommand("DROP TABLE schema_migrations"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => Database.EnsureReadyAsync(database.DataSource, CancellationToken.None));

        Assert.Contains("no Engagement schema", error.Message);
    }

    [Fact]
    public async Task The_migrations_provide_every_query_the_orleans_providers_call()
    {
        string[] required =
        [
            "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
            "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey",
            "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
            "CleanupDefunctSiloEntriesKey", "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey",
            "ReadRangeRows1Key", "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        ];
        await using var database = await TestDatabase.CreateAsync();
        var present = new HashSet<string>();
        await using (var command = database.DataSource.CreateCommand("SELECT QueryKey FROM OrleansQuery"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                present.Add(reader.GetString(0));
            }
        }

        Assert.Empty(required.Except(present));
    }
}
