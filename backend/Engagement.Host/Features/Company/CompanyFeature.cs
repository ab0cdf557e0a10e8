using Engagement.Platform;

namespace Engagement.Features.Company;

public static class CompanyFeature
{
    public static IHostApplicationBuilder AddCompany(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IFeatureSchema, CompanySchema>();
        return builder;
    }
}
