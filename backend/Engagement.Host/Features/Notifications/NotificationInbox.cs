using System.Text.Json;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Notifications;

public enum NotificationCategory { Recognition, Ideas, Feedback, CheckIns, OneOnOnes }

public sealed record NotificationView(Guid Id, string Kind, NotificationCategory Category, string Title, string Link, DateTimeOffset CreatedAt, bool Read);

public sealed record NotificationPage(int UnreadCount, IReadOnlyList<NotificationView> Items, bool HasMore);

/// <summary>What a new notification says, ready to show: producers that know their words send them along.</summary>
public sealed record NewNotification(Guid RecipientId, string Kind, string DedupKey, string Title, string Link);

/// <summary>
/// The in-app inbox over the <c>notifications</c> table every feature writes to. Each row's unique key is the record
/// of its effect, so a producer that runs twice notifies once; an insert trigger pushes it to open tabs.
/// </summary>
public sealed class NotificationInbox(NpgsqlDataSource dataSource, LiveEvents liveEvents)
{
    public const int MaxPageSize = 50;

    public static string Topic(Guid employeeId) => $"notifications:{employeeId}";

    /// <summary>
    /// Rows joined with the names their older payloads only refer to by id; <c>n</c> is the notification. Columns a caller
    /// needs besides (<paramref name="leading"/>, ending with a comma) come first, and <see cref="Read"/> starts after them.
    /// </summary>
    public static string SelectRendered(string leading = "") => $"""
        SELECT {leading} n.id, n.kind, n.payload::text, n.created_at, n.read_at IS NOT NULL, g.name, i.title
        FROM notifications n
        LEFT JOIN employees g ON g.id = (n.payload->>'giverId')::uuid
        LEFT JOIN ideas i ON i.id = (n.payload->>'ideaId')::uuid
        """;

    /// <summary>Reads the columns of <see cref="SelectRendered"/>, starting at a column (other columns may come first).</summary>
    public static NotificationView Read(NpgsqlDataReader reader, int first)
    {
        var kind = reader.GetString(first + 1);
        using var payload = JsonDocument.Parse(reader.GetString(first + 2));
        var (category, title, link) = Render(kind, payload.RootElement, reader.NullableString(first + 5), reader.NullableString(first + 6));
        return new NotificationView(reader.GetGuid(first), kind, category, title, link, reader.GetFieldValue<DateTimeOffset>(first + 3), reader.GetBoolean(first + 4));
    }

    /// <summary>Inserts notifications in one round trip; a key already used is skipped. Returns how many were new.</summary>
    public static async Task<int> AddAsync(NpgsqlConnection connection, IReadOnlyCollection<NewNotification> notifications, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return 0;
        }

        return await connection.ExecuteAsync("""
            INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
            SELECT gen_random_uuid(), recipient, kind, dedup_key, jsonb_build_object('title', title, 'link', link), @now
            FROM unnest(@recipients, @kinds, @keys, @titles, @links) AS n (recipient, kind, dedup_key, title, link)
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken, ("now", now), ("recipients", notifications.Select(n => n.RecipientId).ToArray()),
            ("kinds", notifications.Select(n => n.Kind).ToArray()), ("keys", notifications.Select(n => n.DedupKey).ToArray()),
            ("titles", notifications.Select(n => n.Title).ToArray()), ("links", notifications.Select(n => n.Link).ToArray()));
    }

    public async Task<NotificationPage> PageAsync(Caller caller, int first, DateTimeOffset? before, bool unreadOnly, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var size = Math.Clamp(first, 1, MaxPageSize);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var items = await connection.QueryAsync($"""
            {SelectRendered()}
            WHERE n.recipient_id = @me AND (@before::timestamptz IS NULL OR n.created_at < @before) {(unreadOnly ? "AND n.read_at IS NULL" : "")}
            ORDER BY n.created_at DESC, n.id LIMIT {size + 1}
            """, reader => Read(reader, 0), cancellationToken, ("me", me), ("before", before));
        return new NotificationPage(await UnreadCountAsync(connection, me, cancellationToken), items.Take(size).ToList(), items.Count > size);
    }

    public async Task<NotificationView?> OneAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        (await dataSource.QueryAsync($"{SelectRendered()} WHERE n.id = @id AND n.recipient_id = @me", reader => Read(reader, 0), cancellationToken,
            ("id", id), ("me", caller.RequireSignedIn()))).SingleOrDefault();

    public async Task<int> UnreadCountAsync(Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await UnreadCountAsync(connection, caller.RequireSignedIn(), cancellationToken);
    }

    /// <summary>Marks some (or, with null, all) of my notifications read and tells my other tabs.</summary>
    public async Task MarkReadAsync(Caller caller, IReadOnlyCollection<Guid>? ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        await dataSource.ExecuteAsync("""
            UPDATE notifications SET read_at = @now WHERE recipient_id = @me AND read_at IS NULL AND (@all OR id = ANY(@ids))
            """, cancellationToken, ("me", me), ("now", now), ("all", ids is null), ("ids", (ids ?? []).ToArray()));
        await liveEvents.PublishAsync(Topic(me), new NotificationSignal(null), cancellationToken);
    }

    private static async Task<int> UnreadCountAsync(NpgsqlConnection connection, Guid me, CancellationToken cancellationToken) =>
        (int)await connection.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE recipient_id = @me AND read_at IS NULL", cancellationToken, ("me", me));

    private static (NotificationCategory, string Title, string Link) Render(string kind, JsonElement payload, string? giverName, string? ideaTitle)
    {
        string? Text(string name) => payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var ideaLink = $"/ideas/{Text("ideaId")}";
        return kind switch
        {
            "kudos-received" => (NotificationCategory.Recognition,
                giverName is null ? "You received kudos" : $"{giverName} gave you kudos for {Text("value")}", "/recognition"),
            "idea-answered" => (NotificationCategory.Ideas, $"An idea you follow has an answer: {ideaTitle}", ideaLink),
            "idea-escalated" => (NotificationCategory.Ideas, $"An idea is waiting too long for an answer: {ideaTitle}", ideaLink),
            "feedback-requested" => (NotificationCategory.Feedback, "A colleague asked for your feedback", "/feedback"),
            "feedback-request-reminder" => (NotificationCategory.Feedback, "A feedback request is still waiting for your answer", "/feedback"),
            "feedback-received" => (NotificationCategory.Feedback, "You received feedback", "/feedback"),
            "check-in-replied" => (NotificationCategory.CheckIns, "Someone replied to your check-in", "/check-in"),
            "check-in-blocker-escalated" => (NotificationCategory.CheckIns, "A blocker from a check-in in your team is waiting for an answer", "/team/check-ins"),
            _ => (CategoryOf(kind), Text("title") ?? kind, Text("link") ?? "/"),
        };
    }

    private static NotificationCategory CategoryOf(string kind) => kind switch
    {
        _ when kind.StartsWith("kudos") => NotificationCategory.Recognition,
        _ when kind.StartsWith("idea") => NotificationCategory.Ideas,
        _ when kind.StartsWith("check-in") => NotificationCategory.CheckIns,
        _ when kind.StartsWith("one-on-one") => NotificationCategory.OneOnOnes,
        _ => NotificationCategory.Feedback,
    };
}

/// <summary>What the live topic carries: the new notification, or nothing when items were read elsewhere.</summary>
public sealed record NotificationSignal(Guid? Id);
