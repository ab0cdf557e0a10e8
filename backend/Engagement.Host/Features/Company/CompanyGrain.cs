using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Company;

/// <summary>The company profile and the settings every feature reads: one grain, since there is one company per deployment.</summary>
public interface ICompanyGrain : IGrainWithStringKey
{
    public const string Key = "company:default";

    /// <summary>Anyone signed in may read the profile.</summary>
    Task<CompanyProfile> GetProfile(Caller caller);

    /// <summary>Only HR admins may change it.</summary>
    Task<CompanyProfile> UpdateProfile(Caller caller, CompanyProfileInput input);

    /// <summary>Sets the profile only if nobody ever has, so demo data never overwrites a real company.</summary>
    Task<bool> InitializeIfNew(CompanyProfileInput input);
}

[GenerateSerializer, Immutable]
public sealed record CompanyProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] IReadOnlyList<string> Values,
    [property: Id(3)] int IdeaAnswerSlaHours,
    [property: Id(4)] int MonthlyKudosAllowance,
    [property: Id(5)] DateTimeOffset? UpdatedAt,
    [property: Id(6)] int Version);

[GenerateSerializer, Immutable]
public sealed record CompanyProfileInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] IReadOnlyList<string> Values,
    [property: Id(3)] int IdeaAnswerSlaHours,
    [property: Id(4)] int MonthlyKudosAllowance);

/// <summary>Persisted as plain JSON under a state name no other grain uses.</summary>
public sealed class CompanyProfileState
{
    public CompanyProfile? Profile { get; set; }
}

public sealed class CompanyGrain(
    [PersistentState("company-profile", OrleansSetup.Storage)] IPersistentState<CompanyProfileState> state,
    NpgsqlDataSource dataSource,
    LiveEvents liveEvents,
    TimeProvider time) : Grain, ICompanyGrain
{
    public const string UpdatedTopic = "company-updated";

    /// <summary>What a new company sees before HR has set anything.</summary>
    public static readonly CompanyProfile Unset = new("Your company", "UTC", ["Customers first", "Own it", "Better together"], 24, 100, null, 0);

    public Task<CompanyProfile> GetProfile(Caller caller)
    {
        caller.RequireSignedIn();
        return Task.FromResult(state.State.Profile ?? Unset);
    }

    public Task<CompanyProfile> UpdateProfile(Caller caller, CompanyProfileInput input)
    {
        caller.RequireHrAdmin("change the company profile");
        return SaveAsync(input);
    }

    public async Task<bool> InitializeIfNew(CompanyProfileInput input)
    {
        if (state.State.Profile is not null)
        {
            return false;
        }

        await SaveAsync(input);
        return true;
    }

    private async Task<CompanyProfile> SaveAsync(CompanyProfileInput input)
    {
        var profile = CompanyRules.Validate(input) with
        {
            UpdatedAt = time.GetUtcNow(),
            Version = (state.State.Profile?.Version ?? 0) + 1,
        };
        state.State.Profile = profile;
        await state.WriteStateAsync();
        await RecordChangeAsync(profile);
        await liveEvents.PublishAsync(UpdatedTopic, profile, CancellationToken.None);
        return profile;
    }

    /// <summary>
    /// The change history grows without bound, so it lives in a table, not in the state. Keyed by version,
    /// so replaying a write after a crash records it once.
    /// </summary>
    private async Task RecordChangeAsync(CompanyProfile profile)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO company_profile_changes (version, changed_at, profile)
            VALUES (@version, @changedAt, @profile::jsonb)
            ON CONFLICT (version) DO NOTHING
            """);
        command.Parameters.AddWithValue("version", profile.Version);
        command.Parameters.AddWithValue("changedAt", profile.UpdatedAt!.Value);
        command.Parameters.AddWithValue("profile", System.Text.Json.JsonSerializer.Serialize(profile));
        await command.ExecuteNonQueryAsync();
    }
}
