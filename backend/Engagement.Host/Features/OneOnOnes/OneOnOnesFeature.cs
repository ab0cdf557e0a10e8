using Engagement.Platform;

namespace Engagement.Features.OneOnOnes;

public static class OneOnOnesFeature
{
    public static IHostApplicationBuilder AddOneOnOnes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OneOnOneStore>();
        builder.Services.AddSingleton<CalendarFeeds>();
        builder.Services.AddSingleton<OneOnOnesDemo>();
        builder.Services.AddSingleton<IFeatureSchema, OneOnOnesSchema>();
        builder.Services.AddRecurringJob<OneOnOneReminderJob>();
        builder.Services.AddRecurringJob<OneOnOneOverdueJob>();
        return builder;
    }
}
