using Engagement.Features.Company;
using Engagement.Platform;

namespace Engagement.Features.Recognition;

/// <summary>
/// One employee's giving: kudos from the same person are handled one at a time, so their monthly allowance is checked
/// and debited without races. The grain keeps no history: every debit is a kudos row, and the balance it holds is
/// read back from those rows when it wakes up or the month turns.
/// </summary>
public interface IGivingGrain : IGrainWithGuidKey
{
    /// <summary>The kudos recorded for this request: the new one, or on a retry with the same key the first one.</summary>
    Task<KudosView> GiveKudos(Caller caller, GiveKudos request);

    Task<AllowanceView> Allowance(Caller caller);
}

[GenerateSerializer, Immutable]
public sealed record AllowanceView(
    [property: Id(0)] int MonthlyAllowance,
    [property: Id(1)] long Spent,
    [property: Id(2)] DateTimeOffset ResetsAt)
{
    public long Remaining => Math.Max(0, MonthlyAllowance - Spent);
}

public sealed class GivingGrain(IGrainFactory grains, KudosStore store, LiveEvents liveEvents, TimeProvider time) : Grain, IGivingGrain
{
    public const string KudosGivenTopic = "kudos-given";

    private Period? _month;
    private long _spent;

    private Guid GiverId => this.GetPrimaryKey();

    public async Task<KudosView> GiveKudos(Caller caller, GiveKudos request)
    {
        RequireSelf(caller);
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(caller);
        var kudos = RecognitionRules.Check(GiverId, request, company.Values, company.MonthlyKudosAllowance);
        var month = await CurrentMonthAsync(company.TimeZone);
        if (_spent + kudos.Debit > company.MonthlyKudosAllowance)
        {
            // Fails fast without a database round trip; the store checks again under its lock.
            throw new DomainException("ALLOWANCE_EXCEEDED",
                $"You have {Math.Max(0, company.MonthlyKudosAllowance - _spent)} points left this month; this kudos needs {kudos.Debit}.");
        }

        var (kudosId, created) = await store.RecordAsync(kudos, month, company.MonthlyKudosAllowance, CancellationToken.None);
        var view = await store.GivenAsync(GiverId, kudosId, CancellationToken.None);
        if (created)
        {
            _spent += kudos.Debit;
            await liveEvents.PublishAsync(KudosGivenTopic, view, CancellationToken.None);
        }

        return view;
    }

    public async Task<AllowanceView> Allowance(Caller caller)
    {
        RequireSelf(caller);
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(caller);
        var month = await CurrentMonthAsync(company.TimeZone);
        return new AllowanceView(company.MonthlyKudosAllowance, _spent, month.End);
    }

    private void RequireSelf(Caller caller)
    {
        if (caller.RequireSignedIn() != GiverId)
        {
            throw Caller.Forbidden("Only the giver can spend or see their own allowance.");
        }
    }

    private async Task<Period> CurrentMonthAsync(string timeZone)
    {
        var month = Period.Month(time.GetUtcNow(), timeZone);
        if (month != _month)
        {
            _spent = await store.SpentAsync(GiverId, month, CancellationToken.None);
            _month = month;
        }

        return month;
    }
}
