using System.Text;
using System.Text.RegularExpressions;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.People;

/// <summary>An employee as lists and profiles show them, read in one query with their manager and report count.</summary>
public sealed record EmployeeRow(
    Guid Id, string Name, string Email, string Title, Guid? TeamId, string? TeamName,
    Guid? ManagerId, string? ManagerName, string? ManagerTitle,
    string TimeZone, DateOnly? StartDate, bool Active, bool IsHrAdmin, int ReportCount, int TeamMemberCount);

public sealed record TeamRow(Guid Id, string Name, int MemberCount);

[GenerateSerializer, Immutable]
public sealed record EmployeeSummary([property: Id(0)] Guid Id, [property: Id(1)] string Name, [property: Id(2)] string Title);

public sealed record DirectoryPage(IReadOnlyList<EmployeeRow> Nodes, string? EndCursor, bool HasNextPage, int TotalCount);

/// <summary>Directory reads straight from PostgreSQL; each takes the caller and checks it first.</summary>
public sealed partial class PeopleQueries(NpgsqlDataSource dataSource)
{
    public const int MaxPageSize = 100;

    private const string SelectEmployees = """
        SELECT e.id, e.name, e.email, e.title, e.team_id, e.team_name, e.manager_id, m.name, m.title,
               e.time_zone, e.start_date, e.active, e.is_hr_admin,
               (SELECT count(*) FROM employees r WHERE r.manager_id = e.id AND r.active)::int,
               (SELECT count(*) FROM employees t WHERE t.team_id = e.team_id AND t.active)::int
        FROM employees e LEFT JOIN employees m ON m.id = e.manager_id
        """;

    public async Task<EmployeeRow?> MeAsync(Caller caller, CancellationToken cancellationToken) =>
        caller.IsSignedIn || caller.SessionExpired ? await FindAsync(caller.RequireIdentity(), cancellationToken) : null;

    public async Task<EmployeeRow?> EmployeeAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        caller.RequireSignedIn();
        return await FindAsync(id, cancellationToken);
    }

    public async Task<DirectoryPage> DirectoryAsync(
        Caller caller, string? search, Guid? teamId, bool includeInactive, int first, string? after, CancellationToken cancellationToken)
    {
        caller.RequireSignedIn();
        if (first is < 1 or > MaxPageSize)
        {
            throw new DomainException("PAGE_SIZE_INVALID", $"Ask for 1 to {MaxPageSize} people at a time.");
        }

        var filter = new StringBuilder("WHERE (e.active OR @includeInactive)");
        var parameters = new List<NpgsqlParameter> { new("includeInactive", includeInactive) };
        if (ToPrefixQuery(search) is { } query)
        {
            filter.Append(" AND e.search @@ to_tsquery('simple', @query)");
            parameters.Add(new NpgsqlParameter("query", query));
        }

        if (teamId is { } team)
        {
            filter.Append(" AND e.team_id = @teamId");
            parameters.Add(new NpgsqlParameter("teamId", team));
        }

        var total = await CountAsync(filter.ToString(), parameters, cancellationToken);
        if (after is not null)
        {
            var (name, id) = DecodeCursor(after);
            filter.Append(" AND (e.name, e.id) > (@afterName, @afterId)");
            parameters.Add(new NpgsqlParameter("afterName", name));
            parameters.Add(new NpgsqlParameter("afterId", id));
        }

        parameters.Add(new NpgsqlParameter("limit", first + 1));
        var rows = await ReadEmployeesAsync($"{SelectEmployees} {filter} ORDER BY e.name, e.id LIMIT @limit", parameters, cancellationToken);
        var page = rows.Take(first).ToList();
        return new DirectoryPage(page, page.Count > 0 ? EncodeCursor(page[^1]) : null, rows.Count > first, total);
    }

    public async Task<IReadOnlyList<TeamRow>> TeamsAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireSignedIn();
        await using var command = dataSource.CreateCommand("""
            SELECT t.id, t.name, (SELECT count(*) FROM employees e WHERE e.team_id = t.id AND e.active)::int
            FROM teams t ORDER BY t.name
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var teams = new List<TeamRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            teams.Add(new TeamRow(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return teams;
    }

    /// <summary>A manager's direct reports: for that manager, anyone above them in the reporting line, and HR admins.</summary>
    public async Task<IReadOnlyList<EmployeeRow>> ReportsOfAsync(Caller caller, Guid managerId, CancellationToken cancellationToken)
    {
        var callerId = caller.RequireSignedIn();
        if (!caller.IsHrAdmin && callerId != managerId && !await IsAboveAsync(callerId, managerId, cancellationToken))
        {
            throw Caller.Forbidden("You can see the teams in your own reporting line only.");
        }

        return await ReadEmployeesAsync($"{SelectEmployees} WHERE e.manager_id = @managerId AND e.active ORDER BY e.name, e.id",
            [new NpgsqlParameter("managerId", managerId)], cancellationToken);
    }

    /// <summary>True when <paramref name="candidate"/> is somewhere above the employee in the reporting line.</summary>
    public async Task<bool> IsAboveAsync(Guid candidate, Guid employeeId, CancellationToken cancellationToken)
    {
        // Walks up from the employee; the depth bound guards against a cycle that slipped into the data.
        await using var command = dataSource.CreateCommand("""
            WITH RECURSIVE line (id, depth) AS (
                SELECT manager_id, 1 FROM employees WHERE id = @employeeId
                UNION ALL
                SELECT e.manager_id, l.depth + 1 FROM line l JOIN employees e ON e.id = l.id WHERE l.depth < 64
            )
            SELECT EXISTS (SELECT 1 FROM line WHERE id = @candidate)
            """);
        command.Parameters.AddWithValue("employeeId", employeeId);
        command.Parameters.AddWithValue("candidate", candidate);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>The employee's manager, then theirs, up to the top: who hears of it when an answer is late.</summary>
    public async Task<IReadOnlyList<Guid>> ManagersAboveAsync(Guid employeeId, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync("""
            WITH RECURSIVE line (id, depth) AS (
                SELECT manager_id, 1 FROM employees WHERE id = @employee AND manager_id IS NOT NULL
                UNION ALL
                SELECT e.manager_id, l.depth + 1 FROM line l JOIN employees e ON e.id = l.id WHERE e.manager_id IS NOT NULL AND l.depth < 16
            )
            SELECT id FROM line ORDER BY depth
            """, reader => reader.GetGuid(0), cancellationToken, ("employee", employeeId));

    private async Task<EmployeeRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadEmployeesAsync($"{SelectEmployees} WHERE e.id = @id", [new NpgsqlParameter("id", id)], cancellationToken))
        .SingleOrDefault();

    private async Task<int> CountAsync(string filter, List<NpgsqlParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*)::int FROM employees e {filter}");
        command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<List<EmployeeRow>> ReadEmployeesAsync(string sql, IEnumerable<NpgsqlParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<EmployeeRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new EmployeeRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetGuid(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                reader.GetBoolean(11), reader.GetBoolean(12), reader.GetInt32(13), reader.GetInt32(14)));
        }

        return rows;
    }

    /// <summary>"ann sal" finds "Annette Salvador": every word must start a word of the name, email, title or team.</summary>
    private static string? ToPrefixQuery(string? search)
    {
        var words = SearchWord().Matches(search ?? "").Select(match => match.Value.ToLowerInvariant()).Take(8).ToList();
        return words.Count == 0 ? null : string.Join(" & ", words.Select(word => $"{word}:*"));
    }

    private static string EncodeCursor(EmployeeRow row) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{row.Id:N}{row.Name}"));

    private static (string Name, Guid Id) DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return (text[32..], Guid.ParseExact(text[..32], "N"));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentOutOfRangeException)
        {
            throw new DomainException("CURSOR_INVALID", "The page cursor is not one this directory gave out; start from the first page.");
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex SearchWord();
}
