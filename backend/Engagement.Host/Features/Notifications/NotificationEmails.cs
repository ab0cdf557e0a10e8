using Engagement.Platform;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Npgsql;

namespace Engagement.Features.Notifications;

/// <summary>
/// Where e-mail goes: an SMTP server when <c>Email:SmtpHost</c> is set, otherwise .eml files in a pickup folder, so
/// development and demos need no mail server and every message can still be opened and read.
/// </summary>
public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Engagement <no-reply@engagement.local>";
    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "engagement-mail");

    /// <summary>Where the links in e-mails point: the address people open the portal at.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";
}

public sealed class EmailSender(Microsoft.Extensions.Options.IOptions<EmailOptions> options)
{
    public EmailOptions Options => options.Value;

    /// <summary>Sends the messages over one SMTP connection (or into the pickup folder); returns, per message, null or the failure.</summary>
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Options.SmtpHost))
        {
            Directory.CreateDirectory(Options.PickupDirectory);
            foreach (var message in messages)
            {
                // A file per message sent, never overwritten, so the folder shows what really went out.
                await message.WriteToAsync(Path.Combine(Options.PickupDirectory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml"), cancellationToken);
            }

            return [.. messages.Select(_ => (string?)null)];
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(Options.SmtpHost, Options.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(Options.UserName))
        {
            await client.AuthenticateAsync(Options.UserName, Options.Password ?? "", cancellationToken);
        }

        var results = new List<string?>();
        foreach (var message in messages)
        {
            try
            {
                await client.SendAsync(message, cancellationToken);
                results.Add(null);
            }
            catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException)
            {
                results.Add(exception.Message);
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return results;
    }
}

/// <summary>
/// E-mails each new notification its recipient wants by e-mail, at least once. A notification's e-mail is claimed (a
/// row keyed by the notification) and committed before it is sent, so a re-run or a second host does not send it again
/// while the claim is fresh. A claim still unfinished after <see cref="SendLease"/> means its host died mid-send, and a
/// failed send is tried again up to <see cref="MaxAttempts"/> times: either may deliver a message twice, always with the
/// same Message-ID, so mail clients and servers can tell the copies for one.
/// </summary>
public sealed class NotificationEmailJob(NpgsqlDataSource dataSource, EmailSender sender, TimeProvider time, ILogger<NotificationEmailJob> logger) : IRecurringJob
{
    public const int BatchSize = 200;
    public const int MaxAttempts = 5;
    public static readonly TimeSpan SendLease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    public string Id => "notification-emails";

    public string Cron => "* * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Failed sends wait a little longer with every attempt; an unfinished claim waits out its lease.
        var pending = await connection.QueryAsync($"""
            {NotificationInbox.SelectRendered("e.email, e.name, p.email_categories, x.claimed_at,")}
            JOIN employees e ON e.id = n.recipient_id AND e.active
            LEFT JOIN notification_preferences p ON p.employee_id = n.recipient_id
            LEFT JOIN notification_emails x ON x.notification_id = n.id
            WHERE n.created_at > @since
              AND (x.notification_id IS NULL
                   OR (x.status = 'SENDING' AND x.claimed_at < @leaseEnded)
                   OR (x.status = 'FAILED' AND x.attempts < @maxAttempts AND x.claimed_at < @now - x.attempts * interval '1 minute'))
            ORDER BY n.created_at LIMIT {BatchSize}
            """, reader => (Email: reader.GetString(0), Name: reader.GetString(1), Categories: reader.IsDBNull(2) ? null : reader.GetFieldValue<string[]>(2),
                ClaimedAt: reader.Nullable<DateTimeOffset>(3), Notification: NotificationInbox.Read(reader, 4)), cancellationToken,
            ("since", now - MaxAge), ("leaseEnded", now - SendLease), ("maxAttempts", MaxAttempts), ("now", now));

        var claimed = new List<(string Email, string Name, NotificationView Notification)>();
        foreach (var (email, name, categories, claimedAt, notification) in pending)
        {
            var wanted = NotificationPreferences.Emails(categories, notification.Category);
            // A second try takes the claim over only from the claim it read, so two hosts never both retry it.
            var claim = claimedAt is { } previous
                ? await connection.ExecuteAsync("""
                    UPDATE notification_emails SET status = 'SENDING', claimed_at = @now, attempts = attempts + 1, error = NULL
                    WHERE notification_id = @id AND claimed_at = @previous
                    """, cancellationToken, ("id", notification.Id), ("now", now), ("previous", previous))
                : await connection.ExecuteAsync(
                    "INSERT INTO notification_emails (notification_id, status, claimed_at) VALUES (@id, @status, @now) ON CONFLICT DO NOTHING",
                    cancellationToken, ("id", notification.Id), ("status", wanted ? "SENDING" : "SKIPPED"), ("now", now));
            if (claim == 1 && wanted)
            {
                claimed.Add((email, name, notification));
            }
        }

        if (claimed.Count == 0)
        {
            return;
        }

        var results = await sender.SendAsync([.. claimed.Select(item => Message(item.Email, item.Name, item.Notification))], cancellationToken);
        for (var index = 0; index < claimed.Count; index++)
        {
            if (results[index] is { } error)
            {
                logger.LogWarning("E-mail for notification {NotificationId} failed: {Error}", claimed[index].Notification.Id, error);
            }

            await connection.ExecuteAsync("UPDATE notification_emails SET status = @status, sent_at = @now, error = @error WHERE notification_id = @id",
                cancellationToken, ("id", claimed[index].Notification.Id), ("status", results[index] is null ? "SENT" : "FAILED"),
                ("now", time.GetUtcNow()), ("error", results[index]));
        }
    }

    private MimeMessage Message(string email, string name, NotificationView notification)
    {
        var link = new Uri(new Uri(sender.Options.PublicUrl), notification.Link);
        var message = new MimeMessage { Subject = notification.Title };
        message.From.Add(MailboxAddress.Parse(sender.Options.From));
        message.To.Add(new MailboxAddress(name, email));
        message.MessageId = $"{notification.Id}@engagement";
        message.Headers.Add("X-Engagement-Notification", notification.Kind);
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Hi {name},

                {notification.Title}

                Open it: {link}

                You get this e-mail because of your notification preferences: {new Uri(new Uri(sender.Options.PublicUrl), "/settings/notifications")}
                """,
        };
        return message;
    }
}
