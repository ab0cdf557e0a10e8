using Engagement.Features.Company;
using Engagement.Features.Feedback;
using Engagement.Features.Ideas;
using Engagement.Features.OneOnOnes;
using Engagement.Features.People;
using Engagement.Features.Recognition;
using Npgsql;

namespace Engagement.Features;

/// <summary>
/// On the first start of a demo deployment (<c>Demo:Enabled</c>) fills an empty portal with a Bogus organisation of
/// <c>Demo:Employees</c> people (200 by default) six months of their kudos, a board of ideas in every status, months of check-ins, feedback and pulse answers, and 1:1 series with their history, deterministic for <c>Demo:Seed</c>. Runs after the silo has started
/// and never touches a company or people that exist.
/// </summary>
public sealed class DemoOrganisation(
    IGrainFactory grains, Organisation organisation, Accounts accounts, KudosStore kudos, IdeasDemo ideas, FeedbackDemo feedback, OneOnOnesDemo oneOnOnes, NpgsqlDataSource dataSource,
    IConfiguration configuration, TimeProvider time, ILogger<DemoOrganisation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Enabled", false))
        {
            return;
        }

        var seed = configuration.GetValue("Demo:Seed", 2026);
        await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).InitializeIfNew(CompanyDemo.Generate(seed));
        await using (var anyone = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM employees)"))
        {
            if (await anyone.ExecuteScalarAsync(cancellationToken) is true)
            {
                logger.LogInformation("Kept the existing organisation; demo seed {Seed} not applied", seed);
                return;
            }
        }

        var people = PeopleDemo.Generate(seed, configuration.GetValue("Demo:Employees", 200));
        await organisation.ApplyAsync(people, _ => Task.CompletedTask, cancellationToken);
        foreach (var email in new[] { PeopleDemo.HrAdminEmail, PeopleDemo.ManagerEmail, PeopleDemo.EmployeeEmail })
        {
            await accounts.SetPasswordAsync(await IdOfAsync(email, cancellationToken), PeopleDemo.Password, mustChange: false, cancellationToken);
        }

        var company = CompanyDemo.Generate(seed);
        var history = RecognitionDemo.Generate(seed, await ColleaguesAsync(cancellationToken), company.Values, company.MonthlyKudosAllowance, time.GetUtcNow());
        await kudos.ImportHistoryAsync(history, cancellationToken);
        await ideas.CreateAsync(seed, cancellationToken);
        await feedback.CreateAsync(seed, cancellationToken);
        await oneOnOnes.CreateAsync(seed, cancellationToken);
        logger.LogInformation("Created the demo organisation of {Count} people and {Kudos} kudos from seed {Seed}", people.Count, history.Count, seed);
    }

    private async Task<List<DemoColleague>> ColleaguesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, manager_id, team_id FROM employees WHERE active ORDER BY email");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var colleagues = new List<DemoColleague>();
        while (await reader.ReadAsync(cancellationToken))
        {
            colleagues.Add(new DemoColleague(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2)));
        }

        return colleagues;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<Guid> IdOfAsync(string email, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM employees WHERE lower(email) = @email");
        command.Parameters.AddWithValue("email", email);
        return (Guid)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
