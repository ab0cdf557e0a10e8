using Engagement.Features.Company;

namespace Engagement.Platform;

/// <summary>
/// On first start of a demo deployment (<c>Demo:Enabled</c>), fills an empty portal with a Bogus organisation,
/// deterministic for <c>Demo:Seed</c>. Runs after the silo has started, and never touches a company that exists.
/// </summary>
public sealed class DemoOrganisation(IGrainFactory grains, IConfiguration configuration, ILogger<DemoOrganisation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Enabled", false))
        {
            return;
        }

        var seed = configuration.GetValue("Demo:Seed", 2026);
        var created = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).InitializeIfNew(CompanyDemo.Generate(seed));
        logger.LogInformation(created ? "Created the demo organisation from seed {Seed}" : "Kept the existing organisation (demo seed {Seed} not applied)", seed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
