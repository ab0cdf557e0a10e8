using Engagement.Features.OneOnOnes;
using Engagement.Platform;
using GraphQL;
using GraphQL.Types;

namespace Engagement.Features.Notifications;

public sealed class NotificationsSchema(NotificationInbox inbox, NotificationPreferences preferences, CalendarFeeds calendarFeeds, LiveEvents liveEvents,
    TimeProvider time) : IFeatureSchema
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NotificationPageType>>("notifications")
            .Description("My inbox, newest first; page with before = the createdAt of the last item.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .Argument<DateTimeGraphType>("before")
            .Argument<BooleanGraphType>("unreadOnly", argument => argument.DefaultValue = false)
            .ResolveAsync(async context => await inbox.PageAsync(context.Caller(), context.GetArgument<int>("first"),
                context.GetArgument<DateTimeOffset?>("before"), context.GetArgument<bool>("unreadOnly"), context.CancellationToken));
        query.Field<NonNullGraphType<NotificationPreferencesType>>("notificationPreferences")
            .ResolveAsync(async context => await PreferencesAsync(context.Caller(), null, context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<NotificationPageType>>("markNotificationsRead")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async context =>
            {
                await inbox.MarkReadAsync(context.Caller(), context.GetArgument<List<Guid>>("ids"), time.GetUtcNow(), context.CancellationToken);
                return await inbox.PageAsync(context.Caller(), 20, null, false, context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<NotificationPageType>>("markAllNotificationsRead")
            .ResolveAsync(async context =>
            {
                await inbox.MarkReadAsync(context.Caller(), null, time.GetUtcNow(), context.CancellationToken);
                return await inbox.PageAsync(context.Caller(), 20, null, false, context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<NotificationPreferencesType>>("updateNotificationPreferences")
            .Argument<NonNullGraphType<PreferencesInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<PreferencesInput>("input");
                var view = await preferences.UpdateAsync(context.Caller(), input.EmailCategories, input.OneOnOneReminderHours, context.CancellationToken);
                return await PreferencesAsync(context.Caller(), view, context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<StringGraphType>>("resetCalendarFeed")
            .Description("Creates (or replaces) my private calendar feed and returns its URL, shown only now; the old URL stops working.")
            .ResolveAsync(async context =>
            {
                var path = await calendarFeeds.ResetAsync(context.Caller(), context.CancellationToken);
                var request = context.Http()?.Request;
                return request is null ? path : $"{request.Scheme}://{request.Host}{path}";
            });
        mutation.Field<NonNullGraphType<NotificationPreferencesType>>("revokeCalendarFeed")
            .ResolveAsync(async context =>
            {
                await calendarFeeds.RevokeAsync(context.Caller(), context.CancellationToken);
                return await PreferencesAsync(context.Caller(), null, context.CancellationToken);
            });
    }

    public void AddSubscriptions(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<NotificationsChangedType>>("notificationsChanged")
            .Description("Pushed whenever my inbox changes: a new notification, or items read elsewhere (notification null).")
            .ResolveStream(context => liveEvents.Observe<NotificationSignal>(NotificationInbox.Topic(context.Caller().RequireSignedIn())));

    private async Task<PreferencesWithFeed> PreferencesAsync(Caller caller, PreferencesView? view, CancellationToken cancellationToken) =>
        new(view ?? await preferences.GetAsync(caller, cancellationToken), await calendarFeeds.StatusAsync(caller, cancellationToken));

    private sealed record PreferencesWithFeed(PreferencesView Preferences, CalendarFeedStatus CalendarFeed);

    private sealed record PreferencesInput(IReadOnlyList<NotificationCategory> EmailCategories, IReadOnlyList<int> OneOnOneReminderHours);

    private sealed class PreferencesInputType : InputObjectGraphType<PreferencesInput>
    {
        public PreferencesInputType()
        {
            Name = "NotificationPreferencesInput";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<NotificationCategory>>>>>("emailCategories")
                .Description("Categories I want e-mailed; the others stay in-app only.");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("oneOnOneReminderHours");
        }
    }

    private sealed class NotificationType : ObjectGraphType<NotificationView>
    {
        public NotificationType()
        {
            Name = "Notification";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(notification => notification.Kind);
            Field<NonNullGraphType<EnumerationGraphType<NotificationCategory>>>("category").Resolve(context => context.Source.Category);
            Field(notification => notification.Title).Description("One line, ready to show.");
            Field(notification => notification.Link).Description("In-app path to open.");
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
            Field(notification => notification.Read);
        }
    }

    private sealed class NotificationPageType : ObjectGraphType<NotificationPage>
    {
        public NotificationPageType()
        {
            Name = "NotificationPage";
            Field(page => page.UnreadCount);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("items").Resolve(context => context.Source.Items);
            Field(page => page.HasMore);
        }
    }

    private sealed class NotificationsChangedType : ObjectGraphType<NotificationSignal>
    {
        public NotificationsChangedType(NotificationInbox inbox)
        {
            Name = "NotificationsChanged";
            Field<NonNullGraphType<IntGraphType>>("unreadCount").ResolveAsync(async context => await inbox.UnreadCountAsync(context.Caller(), context.CancellationToken));
            Field<NotificationType>("notification")
                .ResolveAsync(async context => context.Source.Id is { } id ? await inbox.OneAsync(context.Caller(), id, context.CancellationToken) : null);
        }
    }

    private sealed class CategoryPreferenceType : ObjectGraphType<CategoryPreference>
    {
        public CategoryPreferenceType()
        {
            Name = "NotificationCategoryPreference";
            Field<NonNullGraphType<EnumerationGraphType<NotificationCategory>>>("category").Resolve(context => context.Source.Category);
            Field(preference => preference.Label);
            Field(preference => preference.Email);
        }
    }

    private sealed class CalendarFeedType : ObjectGraphType<CalendarFeedStatus>
    {
        public CalendarFeedType()
        {
            Name = "CalendarFeed";
            Field(feed => feed.Active);
            Field<DateTimeGraphType>("createdAt").Resolve(context => context.Source.CreatedAt?.UtcDateTime);
        }
    }

    private sealed class NotificationPreferencesType : ObjectGraphType<PreferencesWithFeed>
    {
        public NotificationPreferencesType()
        {
            Name = "NotificationPreferences";
            Field<NonNullGraphType<StringGraphType>>("emailAddress").Description("Where e-mail goes: my work address.")
                .Resolve(context => context.Source.Preferences.EmailAddress);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryPreferenceType>>>>("categories").Resolve(context => context.Source.Preferences.Categories);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("oneOnOneReminderHours")
                .Description("Hours before each 1:1 that I am reminded; 1 to 4 values between 1 and 168.")
                .Resolve(context => context.Source.Preferences.OneOnOneReminderHours);
            Field<NonNullGraphType<CalendarFeedType>>("calendarFeed").Resolve(context => context.Source.CalendarFeed);
        }
    }
}
