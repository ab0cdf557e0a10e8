using Engagement.Features.Company;
using Engagement.Features.People;
using Engagement.Platform;
using GraphQL;
using GraphQL.Types;

namespace Engagement.Features.Recognition;

public sealed class RecognitionSchema(IGrainFactory grains, KudosStore store, Leaderboards leaderboards, LiveEvents liveEvents, TimeProvider time)
    : IFeatureSchema
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<KudosConnectionType>>("recognitionFeed")
            .Description("Kudos, newest first. COMPANY needs nothing more; TEAM needs teamId; PERSON needs employeeId and a direction.")
            .Argument<NonNullGraphType<EnumerationGraphType<FeedScope>>>("scope", argument => argument.DefaultValue = FeedScope.Company)
            .Argument<IdGraphType>("teamId")
            .Argument<IdGraphType>("employeeId")
            .Argument<NonNullGraphType<EnumerationGraphType<KudosDirection>>>("direction", argument => argument.DefaultValue = KudosDirection.Received)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                var viewer = context.Caller().RequireSignedIn();
                var scope = context.GetArgument<FeedScope>("scope");
                var subject = scope == FeedScope.Team ? context.GetArgument<Guid?>("teamId") : context.GetArgument<Guid?>("employeeId");
                return await store.FeedAsync(viewer, scope, subject, context.GetArgument<KudosDirection>("direction"),
                    context.GetArgument<int>("first"), context.GetArgument<string?>("after"), context.CancellationToken);
            });
        query.Field<KudosType>("kudos")
            .Description("One kudos with all its comments; null when the id is unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await store.FindAsync(context.Caller().RequireSignedIn(), context.GetArgument<Guid>("id"), context.CancellationToken));
        query.Field<NonNullGraphType<AllowanceType>>("myAllowance")
            .Description("The signed-in employee's giving allowance this month and what they have received.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var me = caller.RequireSignedIn();
                var allowance = await grains.GetGrain<IGivingGrain>(me).Allowance(caller);
                var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(caller);
                var month = await store.ReceivedAsync(me, Period.Month(time.GetUtcNow(), company.TimeZone), context.CancellationToken);
                var total = await store.ReceivedAsync(me, null, context.CancellationToken);
                return new AllowanceSummary(allowance, month.Points, total.Points, total.Count);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderboardEntryType>>>>("leaderboard")
            .Description("The most recognised or most recognising people this month, quarter or year (company time), optionally for one value or team.")
            .Argument<NonNullGraphType<EnumerationGraphType<LeaderboardKind>>>("kind")
            .Argument<NonNullGraphType<EnumerationGraphType<LeaderboardPeriod>>>("period")
            .Argument<StringGraphType>("value")
            .Argument<IdGraphType>("teamId")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(context.Caller());
                var now = time.GetUtcNow();
                var period = context.GetArgument<LeaderboardPeriod>("period") switch
                {
                    LeaderboardPeriod.Month => Period.Month(now, company.TimeZone),
                    LeaderboardPeriod.Quarter => Period.Quarter(now, company.TimeZone),
                    _ => Period.Year(now, company.TimeZone),
                };
                return await leaderboards.TopAsync(context.GetArgument<LeaderboardKind>("kind"), period, context.GetArgument<string?>("value"),
                    context.GetArgument<Guid?>("teamId"), context.GetArgument<int>("first"), context.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("kudosReactions")
            .Description("The emoji people may react with.")
            .Resolve(_ => RecognitionRules.Reactions);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<KudosType>>("giveKudos")
            .Description("Recognises colleagues. Send a fresh idempotencyKey per kudos and the same one on a retry: it is recorded once.")
            .Argument<NonNullGraphType<GiveKudosInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var input = context.GetArgument<GiveKudos>("input");
                // The idempotency key records a kudos once, so a retry after a silo or PostgreSQL restart is safe.
                return await Transient.RetriedAsync(() => grains.GetGrain<IGivingGrain>(caller.RequireSignedIn()).GiveKudos(caller, input), context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<KudosType>>("reactToKudos")
            .Description("Adds the emoji reaction, or takes it back when it is already there (one of each per person).")
            .Argument<NonNullGraphType<IdGraphType>>("kudosId")
            .Argument<NonNullGraphType<StringGraphType>>("emoji")
            .ResolveAsync(async context =>
            {
                var me = context.Caller().RequireSignedIn();
                var kudosId = context.GetArgument<Guid>("kudosId");
                await store.ToggleReactionAsync(me, kudosId, RecognitionRules.CheckReaction(context.GetArgument<string>("emoji")), context.CancellationToken);
                return await store.FindAsync(me, kudosId, context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<KudosCommentType>>("commentOnKudos")
            .Argument<NonNullGraphType<IdGraphType>>("kudosId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async context =>
            {
                var me = context.Caller().RequireSignedIn();
                var id = await store.CommentAsync(me, context.GetArgument<Guid>("kudosId"), RecognitionRules.CheckComment(context.GetArgument<string>("text")),
                    context.CancellationToken);
                return await store.FindCommentAsync(id, context.CancellationToken);
            });
    }

    public void AddSubscriptions(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<KudosType>>("kudosGiven")
            .Description("Every new kudos in the company, as it is given.")
            .ResolveStream(context =>
            {
                context.Caller().RequireSignedIn();
                return liveEvents.Observe<KudosView>(GivingGrain.KudosGivenTopic);
            });

    private sealed record AllowanceSummary(AllowanceView Allowance, long ReceivedThisMonth, long ReceivedTotal, int ReceivedKudos);

    private sealed class AllowanceType : ObjectGraphType<AllowanceSummary>
    {
        public AllowanceType()
        {
            Name = "Allowance";
            Field<NonNullGraphType<IntGraphType>>("monthlyAllowance").Resolve(context => context.Source.Allowance.MonthlyAllowance);
            Field<NonNullGraphType<LongGraphType>>("spent").Resolve(context => context.Source.Allowance.Spent);
            Field<NonNullGraphType<LongGraphType>>("remaining").Resolve(context => context.Source.Allowance.Remaining);
            Field<NonNullGraphType<DateTimeGraphType>>("resetsAt").Resolve(context => context.Source.Allowance.ResetsAt.UtcDateTime);
            Field<NonNullGraphType<LongGraphType>>("receivedThisMonth").Description("Points received this month.").Resolve(context => context.Source.ReceivedThisMonth);
            Field<NonNullGraphType<LongGraphType>>("receivedTotal").Description("Points received since joining.").Resolve(context => context.Source.ReceivedTotal);
            Field(summary => summary.ReceivedKudos).Description("Kudos received since joining.");
        }
    }

    private sealed class GiveKudosInputType : InputObjectGraphType<GiveKudos>
    {
        public GiveKudosInputType()
        {
            Name = "GiveKudosInput";
            Field(input => input.IdempotencyKey);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("recipientIds");
            Field(input => input.Message).Description("Plain text; shown as text, never as HTML.");
            Field(input => input.Value).Description("One of the company values.");
            Field<IntGraphType>("points").Description("Points each recipient receives, taken from your monthly allowance.").DefaultValue(0);
        }
    }

    private sealed class KudosType : ObjectGraphType<KudosView>
    {
        public KudosType()
        {
            Name = "Kudos";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("giver").Resolve(context => context.Source.Giver);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>>>("recipients").Resolve(context => context.Source.Recipients);
            Field(kudos => kudos.Message);
            Field(kudos => kudos.Value);
            Field(kudos => kudos.Points).Description("Points each recipient received.");
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReactionCountType>>>>("reactions").Resolve(context => context.Source.Reactions);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<KudosCommentType>>>>("comments")
                .Description("In a feed the newest three, oldest first; from kudos(id) all of them.")
                .Resolve(context => context.Source.Comments);
            Field(kudos => kudos.CommentCount);
        }
    }

    private sealed class ReactionCountType : ObjectGraphType<ReactionCount>
    {
        public ReactionCountType()
        {
            Name = "ReactionCount";
            Field(reaction => reaction.Emoji);
            Field(reaction => reaction.Count);
            Field(reaction => reaction.ReactedByMe);
        }
    }

    private sealed class KudosCommentType : ObjectGraphType<KudosComment>
    {
        public KudosCommentType()
        {
            Name = "KudosComment";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<IdGraphType>>("kudosId").Resolve(context => context.Source.KudosId);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("author").Resolve(context => context.Source.Author);
            Field(comment => comment.Text);
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
        }
    }

    private sealed class KudosConnectionType : ObjectGraphType<KudosPage>
    {
        public KudosConnectionType()
        {
            Name = "KudosConnection";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<KudosType>>>>("nodes").Resolve(context => context.Source.Nodes);
            Field(page => page.EndCursor, nullable: true);
            Field(page => page.HasNextPage);
            Field(page => page.TotalCount).Description("Kudos in this feed altogether.");
        }
    }

    private sealed class LeaderboardEntryType : ObjectGraphType<LeaderboardEntry>
    {
        public LeaderboardEntryType()
        {
            Name = "LeaderboardEntry";
            Field(entry => entry.Rank);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("employee").Resolve(context => context.Source.Employee);
            Field(entry => entry.KudosCount);
            Field<NonNullGraphType<LongGraphType>>("points").Description("Summed in 64 bits: a year of a large company's points can pass 2^31.").Resolve(context => context.Source.Points);
        }
    }
}
