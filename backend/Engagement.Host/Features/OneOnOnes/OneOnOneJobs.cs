using Engagement.Features.Notifications;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.OneOnOnes;

/// <summary>
/// Before each 1:1, reminds both people at the lead times each chose (24 and 1 hours unless changed) and, two days
/// ahead, prompts whoever has added nothing to the agenda yet. Every reminder is a notification with a key naming the
/// meeting, its start, the person and the lead, so reruns, retries and a second host never send one twice, and a moved
/// meeting is reminded again for its new time.
/// </summary>
public sealed class OneOnOneReminderJob(NpgsqlDataSource dataSource, OneOnOneStore store, TimeProvider time) : IRecurringJob
{
    public static readonly TimeSpan AgendaPromptLead = TimeSpan.FromDays(2);
    private static readonly TimeSpan Horizon = TimeSpan.FromHours(NotificationPreferences.MaxReminderHours);

    public string Id => "one-on-one-reminders";

    public string Cron => "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => RunAtAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>Sends what is due at an instant; returns how many notifications were new.</summary>
    public async Task<int> RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // A report who moved to another manager is no longer reminded of meetings with the former one.
        var series = await store.SeriesAsync("m.active AND r.active AND r.manager_id = s.manager_id", today.AddDays(-2), cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var leads = (await connection.QueryAsync("SELECT employee_id, one_on_one_reminder_hours FROM notification_preferences",
            reader => (Employee: reader.GetGuid(0), Hours: reader.GetFieldValue<int[]>(1)), cancellationToken)).ToDictionary(row => row.Employee, row => row.Hours);
        var withAgenda = (await connection.QueryAsync("SELECT DISTINCT series_id, author_id FROM one_on_one_agenda_items WHERE closed_in IS NULL",
            reader => (Series: reader.GetGuid(0), Author: reader.GetGuid(1)), cancellationToken)).ToHashSet();

        var due = new List<NewNotification>();
        foreach (var meeting in series.SelectMany(s => s.Following(now).TakeWhile(meeting => meeting.StartsAt < now + Horizon)))
        {
            if (meeting.Status != OneOnOneStatus.Scheduled || meeting.StartsAt <= now)
            {
                continue;
            }

            var link = $"/one-on-ones/meetings/{Uri.EscapeDataString(meeting.Id.ToString())}";
            foreach (var person in new[] { meeting.Series.Manager, meeting.Series.Report })
            {
                var other = person.Id == meeting.Series.Manager.Id ? meeting.Series.Report : meeting.Series.Manager;
                var left = meeting.StartsAt - now;
                // Only the nearest lead that has come: a meeting planned at short notice gets one reminder, not all of them.
                var lead = leads.GetValueOrDefault(person.Id, [.. NotificationPreferences.DefaultReminderHours])
                    .Where(hours => left <= TimeSpan.FromHours(hours)).DefaultIfEmpty().Min();
                if (lead > 0)
                {
                    due.Add(new NewNotification(person.Id, "one-on-one-reminder", $"one-on-one-reminder:{meeting.Id}:{meeting.StartsAt:O}:{person.Id}:{lead}h",
                        $"Your 1:1 with {other.Name} starts {Starts(left)}", link));
                }

                if (left <= AgendaPromptLead && !withAgenda.Contains((meeting.Series.Id, person.Id)))
                {
                    due.Add(new NewNotification(person.Id, "one-on-one-agenda-prompt", $"one-on-one-agenda-prompt:{meeting.Id}:{person.Id}",
                        $"Add what you want to talk about to your 1:1 with {other.Name}", link));
                }
            }
        }

        return await NotificationInbox.AddAsync(connection, due, now, cancellationToken);
    }

    private static string Starts(TimeSpan left) => left switch
    {
        _ when left <= TimeSpan.FromMinutes(90) => $"in {Math.Max(1, (int)Math.Round(left.TotalMinutes))} minutes",
        _ when left <= TimeSpan.FromHours(36) => $"in {(int)Math.Round(left.TotalHours)} hours",
        _ => $"in {(int)Math.Round(left.TotalDays)} days",
    };
}

/// <summary>Nudges a manager once per gap when a report has had no held 1:1 for one and a half times the cadence.</summary>
public sealed class OneOnOneOverdueJob(NpgsqlDataSource dataSource, OneOnOneStore store, TimeProvider time) : IRecurringJob
{
    public string Id => "one-on-one-overdue";

    public string Cron => "7 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => RunAtAsync(time.GetUtcNow(), cancellationToken);

    public async Task<int> RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var series = await store.SeriesAsync("m.active AND r.active AND r.manager_id = s.manager_id", DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        var nudges = series.Where(s => s.IsOverdue(now)).Select(s => new NewNotification(s.Manager.Id, "one-on-one-overdue",
            // Keyed by the last held meeting: one nudge per gap, and a new one after the next gap.
            $"one-on-one-overdue:{s.Id}:{s.LastHeldDate?.ToString("yyyy-MM-dd") ?? "never"}",
            s.LastHeldAt is { } last
                ? $"No 1:1 with {s.Report.Name} for {(int)(now - last).TotalDays} days"
                : $"No 1:1 with {s.Report.Name} has been held yet",
            $"/one-on-ones/meetings/{Uri.EscapeDataString(s.Current(now).Id.ToString())}")).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await NotificationInbox.AddAsync(connection, nudges, now, cancellationToken);
    }
}
