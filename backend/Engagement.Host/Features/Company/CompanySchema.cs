using Engagement.Platform;
using GraphQL;
using GraphQL.Types;

namespace Engagement.Features.Company;

public sealed class CompanySchema(IGrainFactory grains, LiveEvents liveEvents) : IFeatureSchema
{
    private ICompanyGrain Company => grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key);

    public void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CompanyType>>("company")
            .Description("The company profile and its settings.")
            .ResolveAsync(async context => await Company.GetProfile(context.Caller()));

    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CompanyType>>("updateCompanyProfile")
            .Description("Replaces the company profile and its settings.")
            .Argument<NonNullGraphType<CompanyProfileInputType>>("input")
            .ResolveAsync(async context => await Company.UpdateProfile(context.Caller(), context.GetArgument<CompanyProfileInput>("input")));

    public void AddSubscriptions(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<CompanyType>>("companyUpdated")
            .Description("Fires every time the company profile changes.")
            .ResolveStream(context =>
            {
                context.Caller().RequireSignedIn();
                return liveEvents.Observe<CompanyProfile>(CompanyGrain.UpdatedTopic);
            });

    private sealed class CompanyType : ObjectGraphType<CompanyProfile>
    {
        public CompanyType()
        {
            Name = "Company";
            Field(company => company.Name);
            Field(company => company.TimeZone).Description("IANA time zone used for monthly resets, reminders and business hours.");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values")
                .Description("The company values kudos are tied to.")
                .Resolve(context => context.Source.Values);
            Field(company => company.IdeaAnswerSlaHours).Description("Hours within which every idea gets its first answer.");
            Field(company => company.MonthlyKudosAllowance).Description("Points each employee may give per month.");
            Field<DateTimeGraphType>("updatedAt").Resolve(context => context.Source.UpdatedAt?.UtcDateTime);
        }
    }

    private sealed class CompanyProfileInputType : InputObjectGraphType<CompanyProfileInput>
    {
        public CompanyProfileInputType()
        {
            Name = "CompanyProfileInput";
            Field(input => input.Name);
            Field(input => input.TimeZone);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values");
            Field(input => input.IdeaAnswerSlaHours);
            Field(input => input.MonthlyKudosAllowance);
        }
    }
}
