using Engagement.Platform;

namespace Engagement.Features.Notifications;

public static class NotificationsFeature
{
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddSingleton<NotificationInbox>();
        builder.Services.AddSingleton<NotificationPreferences>();
        builder.Services.AddSingleton<IFeatureSchema, NotificationsSchema>();
        builder.Services.AddRecurringJob<NotificationEmailJob>();
        return builder;
    }
}
