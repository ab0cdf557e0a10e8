using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Recognition;

public enum LeaderboardKind
{
    MostRecognised,
    MostRecognising,
}

public enum LeaderboardPeriod
{
    Month,
    Quarter,
    Year,
}

public sealed record LeaderboardEntry(int Rank, EmployeeSummary Employee, int KudosCount, long Points);

/// <summary>Who is recognised most, and who recognises most, over the company's current month, quarter or year.</summary>
public sealed class Leaderboards(NpgsqlDataSource dataSource)
{
    public const int MaxEntries = 50;

    public async Task<IReadOnlyList<LeaderboardEntry>> TopAsync(
        LeaderboardKind kind, Period period, string? value, Guid? teamId, int first, CancellationToken cancellationToken)
    {
        // Ties rank together: two people with the same count share a place.
        var sql = kind == LeaderboardKind.MostRecognised
            ? """
              SELECT e.id, e.name, e.title, count(*)::int AS kudos, sum(r.points)::bigint AS points
              FROM kudos_recipients r JOIN kudos k ON k.id = r.kudos_id JOIN employees e ON e.id = r.recipient_id
              WHERE r.created_at >= @start AND r.created_at < @end
              """
            : """
              SELECT e.id, e.name, e.title, count(*)::int AS kudos, sum(k.points::bigint * k.recipient_count)::bigint AS points
              FROM kudos k JOIN employees e ON e.id = k.giver_id
              WHERE k.created_at >= @start AND k.created_at < @end
              """;
        sql += """
             AND (@value::text IS NULL OR k.company_value = @value) AND (@team::uuid IS NULL OR e.team_id = @team) AND e.active
            GROUP BY e.id, e.name, e.title
            ORDER BY kudos DESC, points DESC, e.name
            LIMIT @first
            """;
        await using var command = dataSource.CreateCommand(
            $"SELECT id, name, title, kudos, points, rank() OVER (ORDER BY kudos DESC)::int FROM ({sql}) board ORDER BY kudos DESC, points DESC, name");
        command.Parameters.AddWithValue("start", period.Start);
        command.Parameters.AddWithValue("end", period.End);
        command.Parameters.AddWithValue("value", (object?)value ?? DBNull.Value);
        command.Parameters.AddWithValue("team", (object?)teamId ?? DBNull.Value);
        command.Parameters.AddWithValue("first", Math.Clamp(first, 1, MaxEntries));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<LeaderboardEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new LeaderboardEntry(reader.GetInt32(5), new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)),
                reader.GetInt32(3), reader.GetInt64(4)));
        }

        return entries;
    }
}
