using System.Security.Cryptography;
using Engagement.Platform;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Npgsql;

namespace Engagement.Features.OneOnOnes;

public sealed record CalendarFeedStatus(bool Active, DateTimeOffset? CreatedAt);

/// <summary>
/// A private iCalendar feed of each person's 1:1s that calendar apps poll without a session: the secret token in its
/// URL is the only key. Only the token's hash is stored, so the URL is shown once and a leaked one is replaced by
/// creating a new one.
/// </summary>
public sealed class CalendarFeeds(NpgsqlDataSource dataSource, OneOnOneStore store, TimeProvider time)
{
    public const string RoutePrefix = "/calendar/";
    private static readonly TimeSpan PastWindow = TimeSpan.FromDays(90);
    private const int UpcomingPerSeries = 26;

    public async Task<CalendarFeedStatus> StatusAsync(Caller caller, CancellationToken cancellationToken) =>
        (await dataSource.QueryAsync("SELECT created_at FROM calendar_feeds WHERE employee_id = @me",
            reader => new CalendarFeedStatus(true, reader.GetFieldValue<DateTimeOffset>(0)), cancellationToken, ("me", caller.RequireSignedIn())))
        .SingleOrDefault() ?? new CalendarFeedStatus(false, null);

    /// <summary>Replaces my feed with a new one and returns its path; the old URL stops working at once.</summary>
    public async Task<string> ResetAsync(Caller caller, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await dataSource.ExecuteAsync("""
            INSERT INTO calendar_feeds (employee_id, token_hash, created_at) VALUES (@me, @hash, @now)
            ON CONFLICT (employee_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at
            """, cancellationToken, ("me", caller.RequireSignedIn()), ("hash", Hash(token)), ("now", time.GetUtcNow()));
        return $"{RoutePrefix}{token}.ics";
    }

    public async Task RevokeAsync(Caller caller, CancellationToken cancellationToken) =>
        await dataSource.ExecuteAsync("DELETE FROM calendar_feeds WHERE employee_id = @me", cancellationToken, ("me", caller.RequireSignedIn()));

    /// <summary>The feed for a token, or null when no feed has it.</summary>
    public async Task<string?> RenderAsync(string token, string publicUrl, CancellationToken cancellationToken)
    {
        var owner = await dataSource.ScalarAsync<Guid?>("SELECT employee_id FROM calendar_feeds WHERE token_hash = @hash",
            cancellationToken, ("hash", Hash(token)));
        if (owner is not { } me)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var series = await store.SeriesAsync("(s.manager_id = @me OR s.report_id = @me) AND m.active AND r.active AND r.manager_id = s.manager_id", null, cancellationToken, ("me", me));
        var calendar = new Calendar { ProductId = "-//Engagement//One-on-ones//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Engagement 1:1s");
        foreach (var meeting in series.SelectMany(s => s.Past(now).TakeWhile(past => past.StartsAt > now - PastWindow).Concat(s.Following(now).Take(UpcomingPerSeries))))
        {
            var other = meeting.Series.Manager.Id == me ? meeting.Series.Report : meeting.Series.Manager;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{meeting.Id}@engagement",
                Summary = $"1:1 with {other.Name}",
                Description = $"Agenda and notes: {new Uri(new Uri(publicUrl), $"/one-on-ones/meetings/{Uri.EscapeDataString(meeting.Id.ToString())}")}",
                DtStart = new CalDateTime(meeting.StartsAt.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(meeting.EndsAt.UtcDateTime, "UTC"),
                Status = meeting.Status is OneOnOneStatus.Skipped or OneOnOneStatus.Missed ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}

public static class CalendarFeedEndpoint
{
    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{CalendarFeeds.RoutePrefix}{{file}}", async (string file, HttpContext http, CalendarFeeds feeds, CancellationToken cancellationToken) =>
        {
            if (!file.EndsWith(".ics", StringComparison.Ordinal))
            {
                return Results.NotFound();
            }

            var publicUrl = $"{http.Request.Scheme}://{http.Request.Host}";
            var body = await feeds.RenderAsync(file[..^4], publicUrl, cancellationToken);
            if (body is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(body, "text/calendar; charset=utf-8");
        });
        return endpoints;
    }
}
