using Engagement.Platform;

namespace Engagement.Features.Feedback;

public static class FeedbackFeature
{
    public static IHostApplicationBuilder AddFeedback(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FeedbackStore>();
        builder.Services.AddSingleton<UpwardFeedback>();
        builder.Services.AddSingleton<CheckIns>();
        builder.Services.AddSingleton<Pulse>();
        builder.Services.AddSingleton<FeedbackDemo>();
        builder.Services.AddSingleton<IFeatureSchema, FeedbackSchema>();
        builder.Services.AddRecurringJob<FeedbackFollowUpJob>();
        builder.Services.AddRecurringJob<PulseRoundJob>();
        builder.Services.AddRecurringJob<PulseReleaseJob>();
        builder.Services.AddRecurringJob<CheckInPromptJob>();
        return builder;
    }
}
