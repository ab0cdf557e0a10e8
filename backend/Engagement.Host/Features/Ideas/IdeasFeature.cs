using Engagement.Platform;

namespace Engagement.Features.Ideas;

public static class IdeasFeature
{
    public static IHostApplicationBuilder AddIdeas(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IdeaStore>();
        builder.Services.AddSingleton<IdeasDemo>();
        builder.Services.AddSingleton<IFeatureSchema, IdeasSchema>();
        builder.Services.AddRecurringJob<IdeaAnswerEscalationJob>();
        return builder;
    }
}
