using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.People;

/// <summary>
/// One person: what must stay consistent about them (their place in the organisation, active or not, their own
/// edits). Directory lists and searches read the <c>employees</c> table the grain keeps in step.
/// </summary>
public interface IEmployeeGrain : IGrainWithGuidKey
{
    Task<EmployeeProfile?> GetProfile();

    /// <summary>Makes the person match the organisation file; applying the same record twice changes nothing.</summary>
    Task<ImportOutcome> Apply(EmployeeProfile incoming);

    /// <summary>The person left: their history stays, they can no longer sign in or be recognised.</summary>
    Task<bool> Deactivate();

    Task<EmployeeProfile> UpdateOwnProfile(Caller caller, string title, string timeZone);
}

[GenerateSerializer, Immutable]
public sealed record EmployeeProfile(
    [property: Id(0)] string? ExternalId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Email,
    [property: Id(3)] string Title,
    [property: Id(4)] Guid TeamId,
    [property: Id(5)] string TeamName,
    [property: Id(6)] Guid? ManagerId,
    [property: Id(7)] string TimeZone,
    [property: Id(8)] DateOnly? StartDate,
    [property: Id(9)] bool Active,
    [property: Id(10)] bool IsHrAdmin);

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}

public sealed class EmployeeState
{
    public EmployeeProfile? Profile { get; set; }
}

public sealed class EmployeeGrain(
    [PersistentState("employee-profile", OrleansSetup.Storage)] IPersistentState<EmployeeState> state,
    NpgsqlDataSource dataSource,
    TimeProvider time) : Grain, IEmployeeGrain
{
    public const int MaxTitleLength = 150;

    private Guid Id => this.GetPrimaryKey();

    public Task<EmployeeProfile?> GetProfile() => Task.FromResult(state.State.Profile);

    public async Task<ImportOutcome> Apply(EmployeeProfile incoming)
    {
        var current = state.State.Profile;
        if (current == incoming)
        {
            return ImportOutcome.Unchanged;
        }

        await SaveAsync(incoming);
        return current is null ? ImportOutcome.Created : ImportOutcome.Updated;
    }

    public async Task<bool> Deactivate()
    {
        if (state.State.Profile is not { Active: true } profile)
        {
            return false;
        }

        await SaveAsync(profile with { Active = false });
        return true;
    }

    public async Task<EmployeeProfile> UpdateOwnProfile(Caller caller, string title, string timeZone)
    {
        if (caller.RequireSignedIn() != Id)
        {
            throw Caller.Forbidden("You can edit only your own profile.");
        }

        var profile = state.State.Profile ?? throw new DomainException("NOT_FOUND", "This employee does not exist.");
        title = title?.Trim() ?? "";
        if (title.Length is 0 or > MaxTitleLength)
        {
            throw new DomainException("TITLE_INVALID", $"The job title must have 1 to {MaxTitleLength} characters.");
        }

        var updated = profile with { Title = title, TimeZone = TimeZones.Require(timeZone) };
        if (updated != profile)
        {
            await SaveAsync(updated);
        }

        return updated;
    }

    /// <summary>State first, then the read row by upsert: a crash between the two is repaired by the next apply.</summary>
    private async Task SaveAsync(EmployeeProfile profile)
    {
        state.State.Profile = profile;
        await state.WriteStateAsync();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO employees (id, external_id, email, name, title, team_id, team_name, manager_id, time_zone, start_date, active, is_hr_admin, updated_at)
            VALUES (@id, @externalId, @email, @name, @title, @teamId, @teamName, @managerId, @timeZone, @startDate, @active, @isHrAdmin, @updatedAt)
            ON CONFLICT (id) DO UPDATE SET
                external_id = EXCLUDED.external_id, email = EXCLUDED.email, name = EXCLUDED.name, title = EXCLUDED.title,
                team_id = EXCLUDED.team_id, team_name = EXCLUDED.team_name, manager_id = EXCLUDED.manager_id,
                time_zone = EXCLUDED.time_zone, start_date = EXCLUDED.start_date, active = EXCLUDED.active,
                is_hr_admin = EXCLUDED.is_hr_admin, updated_at = EXCLUDED.updated_at
            """);
        command.Parameters.AddWithValue("id", Id);
        command.Parameters.AddWithValue("externalId", (object?)profile.ExternalId ?? DBNull.Value);
        command.Parameters.AddWithValue("email", profile.Email);
        command.Parameters.AddWithValue("name", profile.Name);
        command.Parameters.AddWithValue("title", profile.Title);
        command.Parameters.AddWithValue("teamId", profile.TeamId);
        command.Parameters.AddWithValue("teamName", profile.TeamName);
        command.Parameters.AddWithValue("managerId", (object?)profile.ManagerId ?? DBNull.Value);
        command.Parameters.AddWithValue("timeZone", profile.TimeZone);
        command.Parameters.AddWithValue("startDate", (object?)profile.StartDate ?? DBNull.Value);
        command.Parameters.AddWithValue("active", profile.Active);
        command.Parameters.AddWithValue("isHrAdmin", profile.IsHrAdmin);
        command.Parameters.AddWithValue("updatedAt", time.GetUtcNow());
        await command.ExecuteNonQueryAsync();
    }
}
