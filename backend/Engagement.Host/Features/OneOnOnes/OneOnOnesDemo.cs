using Bogus;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.OneOnOnes;

/// <summary>
/// A 1:1 series between every demo manager and each direct report, started months ago: most meetings held with their
/// agenda, notes and action items, a few skipped or missed, and the next one already being prepared. Written in a few
/// set-based inserts, so a large organisation takes seconds.
/// </summary>
public sealed class OneOnOnesDemo(NpgsqlDataSource dataSource, TimeProvider time)
{
    private static readonly string[] Topics =
    [
        "How the new rota is working out", "Training budget for next quarter", "Feedback from the customer visit", "Career goals for this year",
        "Workload over the holidays", "What slowed us down last week", "Ideas for the team meeting", "Handover before my time off",
    ];

    private static readonly string[] Actions =
    [
        "Book the first-aid course", "Share the draft rota with the team", "Ask IT about the second screen", "Write up the returns process",
        "Pair with a colleague on the new till", "Send the supplier a follow-up",
    ];

    private static readonly string[] SharedNotes =
    [
        "Good week overall. Agreed to revisit the rota in two weeks.", "Talked through the customer escalation; the process change helps.",
        "Discussed growth goals: more ownership of the onboarding.", "Short one today; nothing blocking.",
    ];

    public async Task CreateAsync(int seed, CancellationToken cancellationToken)
    {
        var faker = new Faker { Random = new Randomizer(seed + 7) };
        var now = time.GetUtcNow();
        var pairs = await dataSource.QueryAsync("""
            SELECT r.manager_id, r.id, m.time_zone FROM employees r JOIN employees m ON m.id = r.manager_id AND m.active
            WHERE r.active ORDER BY r.email
            """, reader => (Manager: reader.GetGuid(0), Report: reader.GetGuid(1), TimeZone: reader.GetString(2)), cancellationToken);

        var series = new List<(Guid Id, Guid Manager, Guid Report, OneOnOneSchedule Schedule)>();
        var meetings = new List<(Guid Series, DateOnly Date, string Status, DateTimeOffset? HeldAt, string Notes)>();
        var agenda = new List<(Guid Series, DateOnly AddedFor, DateOnly? ClosedIn, Guid Author, string Text, bool Discussed, DateTimeOffset CreatedAt)>();
        var actions = new List<(Guid Series, DateOnly CreatedFor, Guid Owner, string Text, DateOnly DueOn, DateTimeOffset? DoneAt, DateOnly? ClosedIn, DateTimeOffset CreatedAt)>();
        foreach (var (manager, report, zone) in pairs)
        {
            var cadence = faker.Random.WeightedRandom([OneOnOneCadence.Weekly, OneOnOneCadence.Biweekly, OneOnOneCadence.Monthly], [0.4f, 0.45f, 0.15f]);
            var startsOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-faker.Random.Int(90, 180));
            var schedule = new OneOnOneSchedule(cadence, faker.Random.Int(1, 5), new TimeOnly(faker.Random.Int(9, 16), faker.PickRandom(0, 30)), zone, 30, startsOn);
            var id = Guid.NewGuid();
            series.Add((id, manager, report, schedule));
            var pendingActions = new List<int>();
            foreach (var date in schedule.DatesFrom(startsOn).TakeWhile(date => schedule.StartOn(date) + schedule.Duration < now))
            {
                var start = schedule.StartOn(date);
                var roll = faker.Random.Double();
                if (roll < 0.08)
                {
                    meetings.Add((id, date, "SKIPPED", null, ""));
                    continue;
                }

                if (roll < 0.15)
                {
                    continue;
                }

                meetings.Add((id, date, "HELD", start + schedule.Duration, faker.PickRandom(SharedNotes)));
                foreach (var _ in Enumerable.Range(0, faker.Random.Int(1, 3)))
                {
                    agenda.Add((id, date, date, faker.Random.Bool() ? manager : report, faker.PickRandom(Topics), true, start.AddDays(-1)));
                }

                // Actions from earlier meetings are mostly done by now and close with this one.
                foreach (var index in pendingActions.Where(_ => faker.Random.Bool(0.8f)).ToList())
                {
                    actions[index] = actions[index] with { DoneAt = start.AddHours(-2), ClosedIn = date };
                    pendingActions.Remove(index);
                }

                foreach (var _ in Enumerable.Range(0, faker.Random.Int(0, 2)))
                {
                    pendingActions.Add(actions.Count);
                    actions.Add((id, date, faker.Random.Bool(0.7f) ? report : manager, faker.PickRandom(Actions), date.AddDays(7), null, null, start.AddMinutes(20)));
                }
            }

            var next = schedule.DatesFrom(DateOnly.FromDateTime(now.UtcDateTime)).First(date => schedule.StartOn(date) > now);
            foreach (var author in new[] { manager, report }.Where(_ => faker.Random.Bool(0.6f)))
            {
                agenda.Add((id, next, null, author, faker.PickRandom(Topics), false, now.AddHours(-faker.Random.Int(1, 48))));
            }
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("""
            INSERT INTO one_on_one_series (id, manager_id, report_id, cadence, weekday, local_time, time_zone, duration_minutes, starts_on, created_at, updated_at)
            SELECT id, manager, report, cadence, weekday, local_time, zone, duration, starts_on, starts_on::timestamptz, starts_on::timestamptz
            FROM unnest(@ids, @managers, @reports, @cadences, @weekdays, @times, @zones, @durations, @startsOn)
                AS s (id, manager, report, cadence, weekday, local_time, zone, duration, starts_on)
            """, cancellationToken, ("ids", series.Select(s => s.Id).ToArray()), ("managers", series.Select(s => s.Manager).ToArray()),
            ("reports", series.Select(s => s.Report).ToArray()), ("cadences", series.Select(s => s.Schedule.Cadence.ToString().ToUpperInvariant()).ToArray()),
            ("weekdays", series.Select(s => (short)s.Schedule.Weekday).ToArray()), ("times", series.Select(s => s.Schedule.LocalTime).ToArray()),
            ("zones", series.Select(s => s.Schedule.TimeZone).ToArray()), ("durations", series.Select(s => s.Schedule.DurationMinutes).ToArray()),
            ("startsOn", series.Select(s => s.Schedule.StartsOn).ToArray()));
        await connection.ExecuteAsync("""
            INSERT INTO one_on_one_meetings (series_id, occurrence_date, status, held_at, shared_notes, notes_version)
            SELECT series, date, status, held_at, notes, CASE WHEN notes = '' THEN 0 ELSE 1 END
            FROM unnest(@series, @dates, @statuses, @heldAt, @notes) AS m (series, date, status, held_at, notes)
            """, cancellationToken, ("series", meetings.Select(m => m.Series).ToArray()), ("dates", meetings.Select(m => m.Date).ToArray()),
            ("statuses", meetings.Select(m => m.Status).ToArray()), ("heldAt", meetings.Select(m => m.HeldAt).ToArray()),
            ("notes", meetings.Select(m => m.Notes).ToArray()));
        await connection.ExecuteAsync("""
            INSERT INTO one_on_one_agenda_items (id, series_id, added_for, closed_in, author_id, text, position, discussed, created_at)
            SELECT gen_random_uuid(), series, added_for, closed_in, author, text, position, discussed, created_at
            FROM unnest(@series, @addedFor, @closedIn, @authors, @texts, @positions, @discussed, @createdAt)
                AS a (series, added_for, closed_in, author, text, position, discussed, created_at)
            """, cancellationToken, ("series", agenda.Select(a => a.Series).ToArray()), ("addedFor", agenda.Select(a => a.AddedFor).ToArray()),
            ("closedIn", agenda.Select(a => a.ClosedIn).ToArray()), ("authors", agenda.Select(a => a.Author).ToArray()),
            ("texts", agenda.Select(a => a.Text).ToArray()), ("positions", agenda.Select((_, index) => index).ToArray()),
            ("discussed", agenda.Select(a => a.Discussed).ToArray()), ("createdAt", agenda.Select(a => a.CreatedAt).ToArray()));
        await connection.ExecuteAsync("""
            INSERT INTO one_on_one_action_items (id, series_id, created_for, owner_id, text, due_on, done_at, closed_in, created_at)
            SELECT gen_random_uuid(), series, created_for, owner, text, due_on, done_at, closed_in, created_at
            FROM unnest(@series, @createdFor, @owners, @texts, @dueOn, @doneAt, @closedIn, @createdAt)
                AS a (series, created_for, owner, text, due_on, done_at, closed_in, created_at)
            """, cancellationToken, ("series", actions.Select(a => a.Series).ToArray()), ("createdFor", actions.Select(a => a.CreatedFor).ToArray()),
            ("owners", actions.Select(a => a.Owner).ToArray()), ("texts", actions.Select(a => a.Text).ToArray()),
            ("dueOn", actions.Select(a => a.DueOn).ToArray()), ("doneAt", actions.Select(a => a.DoneAt).ToArray()),
            ("closedIn", actions.Select(a => a.ClosedIn).ToArray()), ("createdAt", actions.Select(a => a.CreatedAt).ToArray()));
        await transaction.CommitAsync(cancellationToken);
    }
}
