using Engagement.Features.Company;
using Engagement.Features.People;
using Engagement.Features.Recognition;
using Engagement.Platform;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Engagement.Benchmarks;

/// <summary>A real host (silo, grains, PostgreSQL) with a busy and a quiet recipient and a pool of givers.</summary>
public sealed class KudosBench : IAsyncDisposable
{
    private const int Givers = 50;

    private readonly WebApplicationFactory<Program> _host;
    private readonly NpgsqlDataSource _database;
    private readonly IGrainFactory _grains;
    private readonly Guid[] _givers;
    private int _next;

    private KudosBench(WebApplicationFactory<Program> host, NpgsqlDataSource database, Guid[] givers, Guid busy, Guid quiet)
    {
        _host = host;
        _database = database;
        _grains = host.Services.GetRequiredService<IGrainFactory>();
        _givers = givers;
        Busy = busy;
        Quiet = quiet;
    }

    public Guid Busy { get; }
    public Guid Quiet { get; }

    public static async Task<KudosBench> StartAsync(string databaseUrl, int historyOfBusyRecipient)
    {
        var host = BenchHost.Start(databaseUrl);
        var database = NpgsqlDataSource.Create(Database.ToConnectionString(databaseUrl));

        var people = new List<EmployeeRecord>
        {
            Person("hr@bench.test", null, isHrAdmin: true),
            Person("busy@bench.test", "hr@bench.test"),
            Person("quiet@bench.test", "hr@bench.test"),
        };
        people.AddRange(Enumerable.Range(0, Givers).Select(i => Person($"giver{i}@bench.test", "hr@bench.test")));
        await host.Services.GetRequiredService<Organisation>().ApplyAsync(people, _ => Task.CompletedTask, CancellationToken.None);
        var ids = new Dictionary<string, Guid>();
        await using (var command = database.CreateCommand("SELECT email, id FROM employees"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        var hr = Caller.Employee(ids["hr@bench.test"], isHrAdmin: true);
        await host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICompanyGrain>(ICompanyGrain.Key)
            .UpdateProfile(hr, new CompanyProfileInput("Bench Co", "UTC", ["Own it"], 24, CompanyRules.MaxMonthlyAllowance));
        var history = Enumerable.Range(0, historyOfBusyRecipient)
            .Select(i => new HistoricKudos(Guid.NewGuid(), ids[$"giver{i % Givers}@bench.test"], [ids["busy@bench.test"]], "Own it",
                "Thanks for the help", 1, DateTimeOffset.UtcNow.AddDays(-40).AddMinutes(i), []))
            .Append(new HistoricKudos(Guid.NewGuid(), ids["giver0@bench.test"], [ids["quiet@bench.test"]], "Own it", "Thanks", 1,
                DateTimeOffset.UtcNow.AddDays(-40), []))
            .ToList();
        await host.Services.GetRequiredService<KudosStore>().ImportHistoryAsync(history, CancellationToken.None);
        await using (var analyze = database.CreateCommand("ANALYZE; CREATE TABLE IF NOT EXISTS bench_baseline (id uuid PRIMARY KEY, at timestamptz NOT NULL, note text NOT NULL)"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var givers = Enumerable.Range(0, Givers).Select(i => ids[$"giver{i}@bench.test"]).ToArray();
        return new KudosBench(host, database, givers, ids["busy@bench.test"], ids["quiet@bench.test"]);
    }

    public async Task WarmUpAsync(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            await GiveAsync(Busy);
            await GiveAsync(Quiet);
            await PlainInsertAsync();
        }
    }

    /// <summary>The whole write path a GraphQL mutation takes after parsing: grain, rules, allowance, transaction, live event.</summary>
    public Task GiveAsync(Guid recipient)
    {
        var giver = _givers[_next++ % _givers.Length];
        return _grains.GetGrain<IGivingGrain>(giver).GiveKudos(Caller.Employee(giver, isHrAdmin: false),
            new GiveKudos(Guid.NewGuid().ToString(), [recipient], "Thanks for the quick fix on the order page!", "Own it", 1));
    }

    public async Task PlainInsertAsync()
    {
        await using var command = _database.CreateCommand("INSERT INTO bench_baseline (id, at, note) VALUES (@id, now(), 'Thanks for the quick fix on the order page!')");
        command.Parameters.AddWithValue("id", Guid.NewGuid());
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ReceivedCountAsync(Guid recipient) =>
        (long)(await Scalar($"SELECT count(*) FROM kudos_recipients WHERE recipient_id = '{recipient}'"))!;

    public async Task<long> WalPositionAsync() => (long)(decimal)(await Scalar("SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn"))!;

    /// <summary>What the baseline inserts wrote, so the kudos figure counts only kudos.</summary>
    public async Task<long> BaselineWalBytesAsync(int rows)
    {
        var before = await WalPositionAsync();
        for (var i = 0; i < rows; i++)
        {
            await PlainInsertAsync();
        }

        return await WalPositionAsync() - before;
    }

    public async Task<long> RecognitionBytesAsync() => (long)(await Scalar("""
        SELECT sum(pg_total_relation_size(c))::bigint FROM unnest(ARRAY['kudos', 'kudos_recipients', 'notifications']::regclass[]) c
        """))!;

    public async Task<long> GrainStateBytesAsync() =>
        (long)(await Scalar("SELECT coalesce(sum(length(payloadbinary)), 0)::bigint FROM orleansstorage WHERE graintypestring LIKE '%giving%'"))!;

    private async Task<object?> Scalar(string sql)
    {
        await using var command = _database.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    private static EmployeeRecord Person(string email, string? manager, bool isHrAdmin = false) =>
        new(null, email.Split('@')[0], email, "Engineer", "Bench", manager, "UTC", null, Active: true, isHrAdmin);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
