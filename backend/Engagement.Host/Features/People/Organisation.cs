using Npgsql;

namespace Engagement.Features.People;

public sealed record OrgApplyResult(int Created, int Updated, int Unchanged, int Deactivated);

/// <summary>
/// Makes the people match a checked organisation file: teams by name, people by email (a new address is a new
/// person), managers by the email in the file, and everyone active who is not in the file deactivated.
/// </summary>
public sealed class Organisation(NpgsqlDataSource dataSource, IGrainFactory grains)
{
    /// <summary>Grain calls in flight at once: enough to hide database latency, few enough to keep the silo responsive.</summary>
    private const int Parallelism = 16;

    public async Task<OrgApplyResult> ApplyAsync(
        IReadOnlyList<EmployeeRecord> employees, Func<int, Task> reportProgress, CancellationToken cancellationToken)
    {
        var teams = await EnsureTeamsAsync(employees.Select(employee => employee.Team), cancellationToken);
        var existing = await ExistingPeopleAsync(cancellationToken);
        var ids = employees.ToDictionary(employee => employee.Email, employee => existing.GetValueOrDefault(employee.Email, Guid.NewGuid()));

        var outcomes = new int[Enum.GetValues<ImportOutcome>().Length];
        var processed = 0;
        await Parallel.ForEachAsync(employees, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (employee, _) =>
            {
                var team = teams[TeamKey(employee.Team)];
                var profile = new EmployeeProfile(
                    employee.ExternalId, employee.Name, employee.Email, employee.Title, team.Id, team.Name,
                    employee.ManagerEmail is { } manager ? ids[manager] : null,
                    employee.TimeZone, employee.StartDate, employee.Active, employee.IsHrAdmin);
                var outcome = await grains.GetGrain<IEmployeeGrain>(ids[employee.Email]).Apply(profile);
                Interlocked.Increment(ref outcomes[(int)outcome]);
                await reportProgress(Interlocked.Increment(ref processed));
            });

        var leavers = existing.Where(person => !ids.ContainsKey(person.Key)).Select(person => person.Value).ToList();
        var deactivated = 0;
        await Parallel.ForEachAsync(leavers, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (id, _) =>
            {
                if (await grains.GetGrain<IEmployeeGrain>(id).Deactivate())
                {
                    Interlocked.Increment(ref deactivated);
                }
            });

        return new OrgApplyResult(outcomes[(int)ImportOutcome.Created], outcomes[(int)ImportOutcome.Updated], outcomes[(int)ImportOutcome.Unchanged], deactivated);
    }

    private static string TeamKey(string name) => name.Trim().ToLowerInvariant();

    private async Task<Dictionary<string, (Guid Id, string Name)>> EnsureTeamsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var teams = new Dictionary<string, (Guid, string)>();
        foreach (var name in names.Select(name => name.Trim()).DistinctBy(TeamKey))
        {
            await using var command = dataSource.CreateCommand("""
                INSERT INTO teams (id, name, name_key) VALUES (@id, @name, @key)
                ON CONFLICT (name_key) DO UPDATE SET name = EXCLUDED.name
                RETURNING id
                """);
            command.Parameters.AddWithValue("id", Guid.NewGuid());
            command.Parameters.AddWithValue("name", name);
            command.Parameters.AddWithValue("key", TeamKey(name));
            teams[TeamKey(name)] = ((Guid)(await command.ExecuteScalarAsync(cancellationToken))!, name);
        }

        return teams;
    }

    /// <summary>Everyone the portal knows, active or not, by lower-cased email: a returning employee keeps their history.</summary>
    private async Task<Dictionary<string, Guid>> ExistingPeopleAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT lower(email), id FROM employees");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var people = new Dictionary<string, Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            people[reader.GetString(0)] = reader.GetGuid(1);
        }

        return people;
    }
}
