using Engagement.Platform;
using Hangfire;
using Npgsql;

namespace Engagement.Features.People;

public enum OrgImportStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

public sealed record OrgImportView(
    Guid Id, OrgImportStatus Status, int TotalRows, int ProcessedRows, int Created, int Updated, int Unchanged, int Deactivated,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Failure);

/// <summary>Either every problem of the file (nothing applied) or the import that started.</summary>
public sealed record OrgImportStart(OrgImportView? Import, IReadOnlyList<OrgFileError> Errors);

/// <summary>
/// HR's organisation import: the whole file is checked before anything changes; a valid file is applied by a
/// Hangfire job so a large organisation shows progress and survives a host restart (the job re-runs, and
/// applying a person twice changes nothing).
/// </summary>
public sealed class OrgImports(NpgsqlDataSource dataSource, IBackgroundJobClient jobs, TimeProvider time, ILogger<OrgImports> logger)
{
    private const string SelectImports = """
        SELECT id, status, total_rows, processed_rows, created, updated, unchanged, deactivated, started_at, finished_at, failure
        FROM org_imports
        """;

    public async Task<OrgImportStart> StartAsync(Caller caller, string csv, CancellationToken cancellationToken)
    {
        var hrAdmin = caller.RequireHrAdmin("import the organisation");
        var check = OrgFile.Read(csv);
        if (!check.IsValid)
        {
            return new OrgImportStart(null, check.Errors);
        }

        var id = Guid.NewGuid();
        await using (var command = dataSource.CreateCommand("""
            INSERT INTO org_imports (id, started_by, status, csv, total_rows, started_at) VALUES (@id, @startedBy, 'QUEUED', @csv, @total, @now)
            """))
        {
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("startedBy", hrAdmin);
            command.Parameters.AddWithValue("csv", csv);
            command.Parameters.AddWithValue("total", check.Employees.Count);
            command.Parameters.AddWithValue("now", time.GetUtcNow());
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new DomainException("IMPORT_RUNNING", "Another organisation import is still running; wait for it to finish.");
            }
        }

        jobs.Enqueue<OrgImportJob>(job => job.RunAsync(id, CancellationToken.None));
        logger.LogInformation("{HrAdminId} started organisation import {ImportId} of {Rows} rows", hrAdmin, id, check.Employees.Count);
        return new OrgImportStart(await FindAsync(id, cancellationToken), []);
    }

    public async Task<OrgImportView?> ImportAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        caller.RequireHrAdmin("see organisation imports");
        return await FindAsync(id, cancellationToken);
    }

    public async Task<IReadOnlyList<OrgImportView>> RecentAsync(Caller caller, int first, CancellationToken cancellationToken)
    {
        caller.RequireHrAdmin("see organisation imports");
        return await ReadAsync($"{SelectImports} ORDER BY started_at DESC LIMIT @first", [new("first", Math.Clamp(first, 1, 50))], cancellationToken);
    }

    private async Task<OrgImportView?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync($"{SelectImports} WHERE id = @id", [new("id", id)], cancellationToken)).SingleOrDefault();

    private async Task<List<OrgImportView>> ReadAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var imports = new List<OrgImportView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            imports.Add(new OrgImportView(
                reader.GetGuid(0), Enum.Parse<OrgImportStatus>(reader.GetString(1), ignoreCase: true),
                reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7),
                reader.GetFieldValue<DateTimeOffset>(8), reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return imports;
    }
}

/// <summary>The Hangfire job that applies a checked file; it only finds the work and reports progress.</summary>
public sealed class OrgImportJob(NpgsqlDataSource dataSource, Organisation organisation, TimeProvider time, ILogger<OrgImportJob> logger)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(300);

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        string csv;
        await using (var command = dataSource.CreateCommand(
            "UPDATE org_imports SET status = 'RUNNING' WHERE id = @id AND status IN ('QUEUED', 'RUNNING') RETURNING csv"))
        {
            command.Parameters.AddWithValue("id", importId);
            if (await command.ExecuteScalarAsync(cancellationToken) is not string text)
            {
                return;
            }

            csv = text;
        }

        try
        {
            var lastReport = DateTimeOffset.MinValue;
            var result = await organisation.ApplyAsync(OrgFile.Read(csv).Employees, async processed =>
            {
                if (time.GetUtcNow() - lastReport >= ProgressInterval)
                {
                    lastReport = time.GetUtcNow();
                    await UpdateAsync(importId, "processed_rows = @processed", cancellationToken, ("processed", processed));
                }
            }, cancellationToken);
            await UpdateAsync(importId, """
                status = 'SUCCEEDED', processed_rows = total_rows, created = @created, updated = @updated,
                unchanged = @unchanged, deactivated = @deactivated, finished_at = @now
                """, cancellationToken,
                ("created", result.Created), ("updated", result.Updated), ("unchanged", result.Unchanged),
                ("deactivated", result.Deactivated), ("now", time.GetUtcNow()));
            logger.LogInformation("Organisation import {ImportId} finished: {Created} created, {Updated} updated, {Deactivated} deactivated",
                importId, result.Created, result.Updated, result.Deactivated);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Organisation import {ImportId} failed", importId);
            await UpdateAsync(importId, "status = 'FAILED', failure = @failure, finished_at = @now", CancellationToken.None,
                ("failure", "The import stopped on a server error; people applied so far are kept. Run it again to finish."),
                ("now", time.GetUtcNow()));
        }
    }

    private async Task UpdateAsync(Guid importId, string assignments, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = dataSource.CreateCommand($"UPDATE org_imports SET {assignments} WHERE id = @id");
        command.Parameters.AddWithValue("id", importId);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
