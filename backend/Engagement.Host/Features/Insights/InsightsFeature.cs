using Engagement.Platform;

namespace Engagement.Features.Insights;

public static class InsightsFeature
{
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Dashboards>();
        builder.Services.AddSingleton<IFeatureSchema, InsightsSchema>();
        return builder;
    }
}
