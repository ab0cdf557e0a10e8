using Engagement.Features.Company;
using Engagement.Platform;

namespace Engagement.Tests.Features.Company;

public sealed class CompanyRulesTests
{
    private static CompanyProfileInput Valid() => new("Acme", "Europe/Paris", ["Own it", "Customers first"], 24, 100);

    [Fact]
    public void A_valid_profile_is_kept_with_its_whitespace_trimmed()
    {
        var profile = CompanyRules.Validate(Valid() with { Name = "  Acme  ", Values = [" Own it "] });

        Assert.Equal("Acme", profile.Name);
        Assert.Equal(["Own it"], profile.Values);
        Assert.Equal("Europe/Paris", profile.TimeZone);
    }

    [Theory]
    [InlineData("", "COMPANY_NAME_INVALID")]
    [InlineData("   ", "COMPANY_NAME_INVALID")]
    public void A_blank_name_is_refused(string name, string code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => CompanyRules.Validate(Valid() with { Name = name })).Code);

    [Fact]
    public void A_name_longer_than_the_limit_is_refused() =>
        Assert.Equal("COMPANY_NAME_INVALID",
            Assert.Throws<DomainException>(() => CompanyRules.Validate(Valid() with { Name = new string('a', CompanyRules.MaxNameLength + 1) })).Code);

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    public void An_unknown_time_zone_is_refused_with_an_example_of_a_good_one(string timeZone)
    {
        var error = Assert.Throws<DomainException>(() => CompanyRules.Validate(Valid() with { TimeZone = timeZone }));

        Assert.Equal("TIME_ZONE_UNKNOWN", error.Code);
        Assert.Contains("Europe/Paris", error.Message);
    }

    [Fact]
    public void Values_must_not_repeat_ignoring_case() =>
        Assert.Equal("COMPANY_VALUES_INVALID",
            Assert.Throws<DomainException>(() => CompanyRules.Validate(Valid() with { Values = ["Own it", "own it"] })).Code);

    [Fact]
    public void At_least_one_value_is_required() =>
        Assert.Equal("COMPANY_VALUES_INVALID", Assert.Throws<DomainException>(() => CompanyRules.Validate(Valid() with { Values = [] })).Code);

    [Theory]
    [InlineData(0)]
    [InlineData(CompanyRules.MaxSlaHours + 1)]
    public void The_answer_time_must_be_within_range(int hours) =>
        Assert.Equal("SLA_OUT_OF_RANGE", Assert.Throws<DomainException>(() => CompanyRules.Validate(Valid() with { IdeaAnswerSlaHours = hours })).Code);

    [Fact]
    public void A_negative_allowance_is_refused() =>
        Assert.Equal("ALLOWANCE_OUT_OF_RANGE", Assert.Throws<DomainException>(() => CompanyRules.Validate(Valid() with { MonthlyKudosAllowance = -1 })).Code);

    [Fact]
    public void The_demo_company_is_the_same_for_the_same_seed_and_valid()
    {
        Assert.Equal(CompanyDemo.Generate(7).Name, CompanyDemo.Generate(7).Name);
        CompanyRules.Validate(CompanyDemo.Generate(7));
    }
}
