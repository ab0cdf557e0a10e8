using Engagement.Platform;

namespace Engagement.Features.People;

public static class PeopleFeature
{
    public static IHostApplicationBuilder AddPeople(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Accounts>();
        builder.Services.AddSingleton<ICallerResolver>(services => services.GetRequiredService<Accounts>());
        builder.Services.AddSingleton<PeopleQueries>();
        builder.Services.AddSingleton<Organisation>();
        builder.Services.AddSingleton<OrgImports>();
        builder.Services.AddTransient<OrgImportJob>();
        builder.Services.AddSingleton<IFeatureSchema, PeopleSchema>();
        return builder.AddSingleSignOn();
    }
}
