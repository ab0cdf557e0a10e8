using Engagement.Platform;

namespace Engagement.Features.Company;

public static class CompanyRules
{
    public const int MaxNameLength = 120;
    public const int MaxValues = 12;
    public const int MaxValueLength = 60;
    public const int MaxSlaHours = 24 * 14;
    public const int MaxMonthlyAllowance = 10_000;

    /// <summary>Checks an input and returns it as a profile with tidy whitespace; every problem is one a person can fix.</summary>
    public static CompanyProfile Validate(CompanyProfileInput input)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new DomainException("COMPANY_NAME_INVALID", $"The company name must have 1 to {MaxNameLength} characters.");
        }

        var timeZone = TimeZones.Require(input.TimeZone);

        var values = (input.Values ?? []).Select(value => value?.Trim() ?? "").ToList();
        if (values.Count is 0 or > MaxValues || values.Any(value => value.Length is 0 or > MaxValueLength))
        {
            throw new DomainException("COMPANY_VALUES_INVALID",
                $"List 1 to {MaxValues} company values, each with 1 to {MaxValueLength} characters.");
        }

        if (values.Distinct(StringComparer.OrdinalIgnoreCase).Count() != values.Count)
        {
            throw new DomainException("COMPANY_VALUES_INVALID", "Each company value may appear only once.");
        }

        if (input.IdeaAnswerSlaHours is < 1 or > MaxSlaHours)
        {
            throw new DomainException("SLA_OUT_OF_RANGE", $"The idea answer time must be between 1 and {MaxSlaHours} hours.");
        }

        if (input.MonthlyKudosAllowance is < 0 or > MaxMonthlyAllowance)
        {
            throw new DomainException("ALLOWANCE_OUT_OF_RANGE", $"The monthly kudos allowance must be between 0 and {MaxMonthlyAllowance} points.");
        }

        return new CompanyProfile(name, timeZone, values, input.IdeaAnswerSlaHours, input.MonthlyKudosAllowance, null, 0);
    }
}
