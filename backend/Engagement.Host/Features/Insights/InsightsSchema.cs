using Engagement.Features.People;
using Engagement.Platform;
using GraphQL;
using GraphQL.Types;
using Npgsql;

namespace Engagement.Features.Insights;

public sealed class InsightsSchema(Dashboards dashboards, NpgsqlDataSource dataSource) : IFeatureSchema
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ManagerDashboardType>>("managerDashboard")
            .Description("A manager's whole reporting line (default: mine) over a period of company days (default: the last 90, up to 366).")
            .Argument<IdGraphType>("managerId", argument => argument.Description = "Someone in my own reporting line; HR admins may name any manager.")
            .Argument<DateOnlyGraphType>("from")
            .Argument<DateOnlyGraphType>("to")
            .ResolveAsync(async context => await dashboards.ManagerAsync(context.Caller(), context.GetArgument<Guid?>("managerId"),
                context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"), context.CancellationToken));
        query.Field<NonNullGraphType<HrDashboardType>>("hrDashboard")
            .Description("HR admins: the company, or the people matching every filter given (teams, levels from the top, time zones).")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("teamIds")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("levels")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("timeZones")
            .Argument<DateOnlyGraphType>("from")
            .Argument<DateOnlyGraphType>("to")
            .ResolveAsync(async context => await dashboards.CompanyAsync(context.Caller(), context.GetArgument<List<Guid>?>("teamIds") ?? [],
                context.GetArgument<List<int>?>("levels") ?? [], context.GetArgument<List<string>?>("timeZones") ?? [],
                context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"), context.CancellationToken));
        query.Field<NonNullGraphType<DashboardFiltersType>>("dashboardFilters")
            .Description("HR admins: the levels and time zones people are in, for the HR dashboard's filters (teams come from `teams`).")
            .ResolveAsync(async context =>
            {
                context.Caller().RequireHrAdmin("filter the company dashboard");
                var zones = await dataSource.QueryAsync("SELECT DISTINCT time_zone FROM employees WHERE active ORDER BY 1", reader => reader.GetString(0),
                    context.CancellationToken);
                var depth = await dataSource.ScalarAsync<int>($"WITH RECURSIVE {Population.Depth} SELECT coalesce(max(level), 0) FROM depth",
                    context.CancellationToken);
                return new DashboardFilters([.. Enumerable.Range(1, depth)], zones);
            });
    }

    private sealed record DashboardFilters(IReadOnlyList<int> Levels, IReadOnlyList<string> TimeZones);

    private sealed class DashboardFiltersType : ObjectGraphType<DashboardFilters>
    {
        public DashboardFiltersType()
        {
            Name = "DashboardFilters";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("levels").Resolve(context => context.Source.Levels);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("timeZones").Resolve(context => context.Source.TimeZones);
        }
    }

    private sealed class PeriodType : ObjectGraphType<InsightsPeriod>
    {
        public PeriodType()
        {
            Name = "DashboardPeriod";
            Field<NonNullGraphType<DateOnlyGraphType>>("from").Resolve(context => context.Source.From);
            Field<NonNullGraphType<DateOnlyGraphType>>("to").Resolve(context => context.Source.To);
            Field<NonNullGraphType<StringGraphType>>("bucket").Description("week or month: what one chart point covers.").Resolve(context => context.Source.Bucket);
            Field<NonNullGraphType<StringGraphType>>("timeZone").Resolve(context => context.Source.TimeZone);
        }
    }

    private sealed class RecognitionPointType : ObjectGraphType<RecognitionPoint>
    {
        public RecognitionPointType()
        {
            Name = "RecognitionPoint";
            Field<NonNullGraphType<DateOnlyGraphType>>("start").Description("First day of the week or month.").Resolve(context => context.Source.Start);
            Field(point => point.Given).Description("Kudos given by the people counted.");
            Field(point => point.Received).Description("Kudos received by the people counted; one to three of them counts three times.");
            Field(point => point.RecognisedPeople).Description("How many of them received at least one.");
        }
    }

    private sealed class PersonRecognitionType : ObjectGraphType<PersonRecognition>
    {
        public PersonRecognitionType()
        {
            Name = "PersonRecognition";
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("person").Resolve(context => context.Source.Person);
            Field(person => person.Given);
            Field(person => person.Received);
            Field<DateTimeGraphType>("lastRecognisedAt").Description("Ever, not only in the period.").Resolve(context => context.Source.LastRecognisedAt?.UtcDateTime);
        }
    }

    private sealed class NotRecognisedType : ObjectGraphType<NotRecognised>
    {
        public NotRecognisedType()
        {
            Name = "NotRecognised";
            Field(group => group.Days).Description("30, 60 or 90: nobody recognised them for longer than this many days, up to today.");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRecognitionType>>>>("people").Resolve(context => context.Source.People);
        }
    }

    private sealed class CountByType : ObjectGraphType<CountBy>
    {
        public CountByType()
        {
            Name = "CountBy";
            Field(count => count.Label);
            Field(count => count.Count).Description("Ideas by status; for company values, kudos received counted per receiver.");
        }
    }

    private sealed class NetworkCellType : ObjectGraphType<NetworkCell>
    {
        public NetworkCellType()
        {
            Name = "RecognitionFlow";
            Description = "Kudos from people of one team to people of another (the same team included).";
            Field(cell => cell.From).Description("The givers' team.");
            Field(cell => cell.To).Description("The receivers' team.");
            Field(cell => cell.Count);
        }
    }

    private sealed class IdeaAnswerTimeType : ObjectGraphType<IdeaAnswerTime>
    {
        public IdeaAnswerTimeType()
        {
            Name = "IdeaAnswerTime";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(idea => idea.Title);
            Field(idea => idea.Status);
            Field<PeopleSchema.EmployeeSummaryType>("author").Description("Null for anonymous ideas.").Resolve(context => context.Source.Author);
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
            Field<DateTimeGraphType>("firstResponseAt").Resolve(context => context.Source.FirstResponseAt?.UtcDateTime);
            Field<FloatGraphType>("businessHoursToAnswer").Description("Null while it waits.").Resolve(context => context.Source.BusinessHoursToAnswer);
        }
    }

    private sealed class IdeaSummaryType : ObjectGraphType<IdeaSummary>
    {
        public IdeaSummaryType()
        {
            Name = "IdeaSummary";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByType>>>>("funnel").Description("Ideas submitted in the period, by status now.")
                .Resolve(context => context.Source.Funnel);
            Field(summary => summary.Submitted);
            Field(summary => summary.Answered);
            Field(summary => summary.Waiting);
            Field<FloatGraphType>("medianHoursToAnswer").Description("Business hours to a first answer.").Resolve(context => context.Source.MedianHours);
            Field<FloatGraphType>("p90HoursToAnswer").Resolve(context => context.Source.P90Hours);
            Field(summary => summary.SlaHours).Description("The company's answer time, in business hours.");
            Field<FloatGraphType>("withinSlaShare").Description("Share of answered ideas answered within the SLA.").Resolve(context => context.Source.WithinSlaShare);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdeaAnswerTimeType>>>>("ideas").Description("The 50 newest.")
                .Resolve(context => context.Source.Ideas);
        }
    }

    private sealed class EnpsPointType : ObjectGraphType<EnpsPoint>
    {
        public EnpsPointType()
        {
            Name = "EnpsPoint";
            Field<NonNullGraphType<IdGraphType>>("roundId").Resolve(context => context.Source.RoundId);
            Field(point => point.Question);
            Field<NonNullGraphType<DateTimeGraphType>>("opensAt").Resolve(context => context.Source.OpensAt.UtcDateTime);
            Field(point => point.Answers).Description("Answers counted; 0 when withheld.");
            Field<IntGraphType>("enps").Description("-100 to 100; null when withheld.").Resolve(context => context.Source.Enps);
            Field(point => point.LeftOut).Description("Answers from selected teams too small to count on their own.");
            Field<StringGraphType>("withheldReason").Resolve(context => context.Source.WithheldReason);
        }
    }

    private sealed class AdherenceType : ObjectGraphType<OneOnOneAdherence>
    {
        public AdherenceType()
        {
            Name = "OneOnOneAdherence";
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("manager").Resolve(context => context.Source.Manager);
            Field<PeopleSchema.EmployeeSummaryType>("report").Description("Per report on a manager's dashboard; null when grouped by manager.")
                .Resolve(context => context.Source.Report);
            Field(row => row.Series);
            Field(row => row.Expected).Description("Meetings the schedules gave in the period and that are over, skipped ones not counted.");
            Field(row => row.Held);
            Field<FloatGraphType>("rate").Description("Held / expected; null when none was due.").Resolve(context => context.Source.Rate);
            Field(row => row.Overdue).Description("Series with no held 1:1 for 1.5x their cadence, now.");
        }
    }

    private sealed class CheckInWeekType : ObjectGraphType<CheckInWeek>
    {
        public CheckInWeekType()
        {
            Name = "CheckInWeek";
            Field<NonNullGraphType<DateOnlyGraphType>>("week").Resolve(context => context.Source.Week);
            Field(week => week.Submitted);
            Field(week => week.People).Description("People counted now.");
            Field<FloatGraphType>("averageMood").Description($"1 to 5; null below {Dashboards.MinimumAnswers} check-ins.").Resolve(context => context.Source.AverageMood);
        }
    }

    private sealed class ActionItemsByOwnerType : ObjectGraphType<ActionItemsByOwner>
    {
        public ActionItemsByOwnerType()
        {
            Name = "ActionItemsByOwner";
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("owner").Resolve(context => context.Source.Owner);
            Field(row => row.Open);
            Field(row => row.Overdue);
        }
    }

    private sealed class ParticipationType : ObjectGraphType<Participation>
    {
        public ParticipationType()
        {
            Name = "Participation";
            Field(row => row.CheckIns).Description("Check-ins submitted / (people x weeks).");
            Field(row => row.KudosGiving).Description("Share of people who gave kudos.");
            Field<FloatGraphType>("latestPulse").Description("Share who answered the latest pulse round of the period.").Resolve(context => context.Source.LatestPulse);
        }
    }

    private sealed class ManagerDashboardType : ObjectGraphType<ManagerDashboard>
    {
        public ManagerDashboardType()
        {
            Name = "ManagerDashboard";
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("manager").Resolve(context => context.Source.Manager);
            Field<NonNullGraphType<PeriodType>>("period").Resolve(context => context.Source.Period);
            Field(dashboard => dashboard.People).Description("People in the reporting line, at any depth.");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecognitionPointType>>>>("recognition").Resolve(context => context.Source.Recognition);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRecognitionType>>>>("recognitionByPerson").Resolve(context => context.Source.ByPerson);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotRecognisedType>>>>("notRecognised").Resolve(context => context.Source.NotRecognised);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdherenceType>>>>("oneOnOnes").Resolve(context => context.Source.OneOnOnes);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInWeekType>>>>("checkIns").Resolve(context => context.Source.CheckIns);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemsByOwnerType>>>>("openActionItems").Resolve(context => context.Source.ActionItems);
            Field<NonNullGraphType<IdeaSummaryType>>("ideas").Resolve(context => context.Source.Ideas);
        }
    }

    private sealed class HrDashboardType : ObjectGraphType<HrDashboard>
    {
        public HrDashboardType()
        {
            Name = "HrDashboard";
            Field<NonNullGraphType<PeriodType>>("period").Resolve(context => context.Source.Period);
            Field(dashboard => dashboard.Headcount);
            Field(dashboard => dashboard.Kudos).Description("Kudos received by the people counted; one to three of them counts three times.");
            Field(dashboard => dashboard.RecognisedPeople);
            Field(dashboard => dashboard.Reach).Description("Share of the people counted recognised at least once in the period.");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecognitionPointType>>>>("recognition").Resolve(context => context.Source.Recognition);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByType>>>>("recognitionByValue").Resolve(context => context.Source.ByValue);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkCellType>>>>("recognitionFlows").Resolve(context => context.Source.Network);
            Field<NonNullGraphType<IdeaSummaryType>>("ideas").Resolve(context => context.Source.Ideas);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnpsPointType>>>>("enps").Resolve(context => context.Source.Enps);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdherenceType>>>>("oneOnOnesByManager").Resolve(context => context.Source.OneOnOnesByManager);
            Field<NonNullGraphType<ParticipationType>>("participation").Resolve(context => context.Source.Participation);
        }
    }
}
