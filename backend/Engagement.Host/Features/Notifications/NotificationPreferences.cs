using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Notifications;

public sealed record CategoryPreference(NotificationCategory Category, string Label, bool Email);

public sealed record PreferencesView(string EmailAddress, IReadOnlyList<CategoryPreference> Categories, IReadOnlyList<int> OneOnOneReminderHours);

/// <summary>Per-person choices: which categories also arrive by e-mail, and how long before a 1:1 the reminders come.</summary>
public sealed class NotificationPreferences(NpgsqlDataSource dataSource, TimeProvider time)
{
    public static readonly IReadOnlyList<int> DefaultReminderHours = [24, 1];
    public const int MaxReminders = 4;
    public const int MaxReminderHours = 168;

    private static readonly IReadOnlyDictionary<NotificationCategory, string> Labels = new Dictionary<NotificationCategory, string>
    {
        [NotificationCategory.Recognition] = "Kudos I receive",
        [NotificationCategory.Ideas] = "Answers to ideas I follow, and ideas waiting for my answer",
        [NotificationCategory.Feedback] = "Feedback and feedback requests",
        [NotificationCategory.CheckIns] = "Weekly check-in prompts and replies",
        [NotificationCategory.OneOnOnes] = "1:1 reminders and agenda prompts",
    };

    /// <summary>Reads the stored choice (SQL text[]) of e-mailed categories; everything is e-mailed until a person chooses.</summary>
    public static bool Emails(string[]? emailCategories, NotificationCategory category) =>
        emailCategories is null || emailCategories.Contains(category.ToString());

    public async Task<PreferencesView> GetAsync(Caller caller, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var row = (await dataSource.QueryAsync("""
            SELECT e.email, p.email_categories, p.one_on_one_reminder_hours
            FROM employees e LEFT JOIN notification_preferences p ON p.employee_id = e.id WHERE e.id = @me
            """, reader => (Email: reader.GetString(0), Categories: reader.IsDBNull(1) ? null : reader.GetFieldValue<string[]>(1),
                Hours: reader.IsDBNull(2) ? null : reader.GetFieldValue<int[]>(2)), cancellationToken, ("me", me))).Single();
        return new PreferencesView(row.Email,
            [.. Labels.Select(label => new CategoryPreference(label.Key, label.Value, Emails(row.Categories, label.Key)))],
            row.Hours ?? DefaultReminderHours);
    }

    public async Task<PreferencesView> UpdateAsync(Caller caller, IReadOnlyCollection<NotificationCategory> emailCategories, IReadOnlyCollection<int> reminderHours,
        CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        if (reminderHours.Count is 0 or > MaxReminders || reminderHours.Any(hours => hours is < 1 or > MaxReminderHours))
        {
            throw new DomainException("INVALID_ARGUMENT", $"Choose 1 to {MaxReminders} reminders, each 1 to {MaxReminderHours} hours before a 1:1.");
        }

        await dataSource.ExecuteAsync("""
            INSERT INTO notification_preferences (employee_id, email_categories, one_on_one_reminder_hours, updated_at) VALUES (@me, @categories, @hours, @now)
            ON CONFLICT (employee_id) DO UPDATE SET email_categories = EXCLUDED.email_categories,
                one_on_one_reminder_hours = EXCLUDED.one_on_one_reminder_hours, updated_at = EXCLUDED.updated_at
            """, cancellationToken, ("me", me), ("categories", emailCategories.Distinct().Select(category => category.ToString()).ToArray()),
            ("hours", reminderHours.Distinct().OrderDescending().ToArray()), ("now", time.GetUtcNow()));
        return await GetAsync(caller, cancellationToken);
    }
}
