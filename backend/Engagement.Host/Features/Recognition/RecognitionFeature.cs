using Engagement.Platform;

namespace Engagement.Features.Recognition;

public static class RecognitionFeature
{
    public static IHostApplicationBuilder AddRecognition(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KudosStore>();
        builder.Services.AddSingleton<Leaderboards>();
        builder.Services.AddSingleton<IFeatureSchema, RecognitionSchema>();
        return builder;
    }
}
