using Engagement.Features.Company;
using Engagement.Features.People;
using Engagement.Platform;
using GraphQL;
using GraphQL.Types;

namespace Engagement.Features.Ideas;

public sealed class IdeasSchema(IGrainFactory grains, IdeaStore ideas) : IFeatureSchema
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<IdeaConnectionType>>("ideas")
            .Description("The ideas board: filters, a sort order and full-text search (words, \"phrases\", -exclusions).")
            .Argument<IdeaFilterInputType>("filter")
            .Argument<NonNullGraphType<EnumerationGraphType<IdeaSort>>>("sort", argument => argument.DefaultValue = IdeaSort.Newest)
            .Argument<StringGraphType>("search")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context => await ideas.ListAsync(context.Caller().RequireSignedIn(),
                context.GetArgument<IdeaFilter?>("filter") ?? new IdeaFilter(null, null, null, false), context.GetArgument<IdeaSort>("sort"),
                context.GetArgument<string?>("search"), context.GetArgument<int>("first"), context.GetArgument<string?>("after"), context.CancellationToken));
        query.Field<IdeaType>("idea")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await ideas.FindAsync(context.Caller().RequireSignedIn(), context.GetArgument<Guid>("id"), context.CancellationToken));
        query.Field<IdeaType>("ideaByFollowToken")
            .Description("The anonymous author's private way back to their idea.")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .ResolveAsync(async context =>
                await ideas.FindByFollowTokenAsync(context.Caller().RequireSignedIn(), context.GetArgument<string>("token"), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdeaType>>>>("ideasAwaitingMyAnswer")
            .Description("Ideas waiting for the caller's first answer, the most overdue first.")
            .ResolveAsync(async context => await ideas.AwaitingAnswerAsync(context.Caller(), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ideaCategories").Resolve(_ => IdeaRules.Categories);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamAnswerTimeType>>>>("ideaAnswerTimes")
            .Description("Median and 90th percentile business hours to a first answer per team, and the share answered within the target.")
            .ResolveAsync(async context =>
            {
                var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(context.Caller());
                return await ideas.AnswerTimesAsync(company.TimeZone, TimeSpan.FromHours(company.IdeaAnswerSlaHours), context.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmittedIdeaType>>("submitIdea")
            .Description("Submits an idea. Anonymous ideas keep no trace of their author; the followToken returned here, once, is the only way back.")
            .Argument<NonNullGraphType<IdeaInputType>>("input")
            .Argument<IdGraphType>("submissionId", argument => argument.Description = "A client-made id: sent again on a retry, it returns the idea already made instead of a second one.")
            .Argument<StringGraphType>("followToken", argument => argument.Description = "Anonymous ideas: a client-made token (32+ URL-safe random characters), so a retry can prove it is the same author.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var id = context.GetArgument<Guid?>("submissionId") ?? Guid.NewGuid();
                var token = await grains.GetGrain<IIdeaGrain>(id).Submit(caller, context.GetArgument<IdeaDraft>("input"), context.GetArgument<string?>("followToken"));
                return new SubmittedIdea((await ideas.FindAsync(caller.RequireSignedIn(), id, context.CancellationToken))!, token);
            });
        mutation.Field<NonNullGraphType<IdeaType>>("editIdea")
            .Description("The author edits the idea until it is answered; an anonymous author proves it with the follow token.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IdeaInputType>>("input")
            .Argument<StringGraphType>("followToken")
            .ResolveAsync(context => Act(context, grain => grain.Edit(context.Caller(), context.GetArgument<string?>("followToken"), context.GetArgument<IdeaDraft>("input"))));
        mutation.Field<NonNullGraphType<IdeaType>>("voteForIdea")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(context => Act(context, grain => grain.Vote(context.Caller())));
        mutation.Field<NonNullGraphType<IdeaType>>("withdrawVote")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(context => Act(context, grain => grain.WithdrawVote(context.Caller())));
        mutation.Field<NonNullGraphType<IdeaType>>("moveIdea")
            .Description("The owner or an HR admin moves the idea on, with a written response to everyone who cares about it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EnumerationGraphType<IdeaStatus>>>("status")
            .Argument<NonNullGraphType<StringGraphType>>("response")
            .Argument<IdGraphType>("mergeIntoId")
            .ResolveAsync(context => Act(context, grain => grain.Move(context.Caller(), context.GetArgument<IdeaStatus>("status"),
                context.GetArgument<string>("response"), context.GetArgument<Guid?>("mergeIntoId"))));
        mutation.Field<NonNullGraphType<IdeaType>>("reassignIdea")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IdGraphType>>("ownerId")
            .ResolveAsync(context => Act(context, grain => grain.Reassign(context.Caller(), context.GetArgument<Guid>("ownerId"))));
        mutation.Field<NonNullGraphType<IdeaType>>("followIdea")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<BooleanGraphType>("follow", argument => argument.DefaultValue = true)
            .ResolveAsync(async context =>
            {
                var me = context.Caller().RequireSignedIn();
                await ideas.FollowAsync(me, context.GetArgument<Guid>("id"), context.GetArgument<bool>("follow"), context.CancellationToken);
                return await ideas.FindAsync(me, context.GetArgument<Guid>("id"), context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<IdeaCommentType>>("commentOnIdea")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async context => await ideas.CommentAsync(context.Caller().RequireSignedIn(), context.GetArgument<Guid>("id"),
                IdeaRules.CheckComment(context.GetArgument<string>("text")), context.CancellationToken));
    }

    private async Task<object?> Act(IResolveFieldContext context, Func<IIdeaGrain, Task> action)
    {
        var id = context.GetArgument<Guid>("id");
        await action(grains.GetGrain<IIdeaGrain>(id));
        return await ideas.FindAsync(context.Caller().RequireSignedIn(), id, context.CancellationToken);
    }

    private sealed record SubmittedIdea(IdeaView Idea, string? FollowToken);

    private sealed class SubmittedIdeaType : ObjectGraphType<SubmittedIdea>
    {
        public SubmittedIdeaType()
        {
            Name = "SubmittedIdea";
            Field<NonNullGraphType<IdeaType>>("idea").Resolve(context => context.Source.Idea);
            Field(submitted => submitted.FollowToken, nullable: true)
                .Description("Anonymous ideas only: keep it; it is shown once and never stored.");
        }
    }

    private sealed class IdeaInputType : InputObjectGraphType<IdeaDraft>
    {
        public IdeaInputType()
        {
            Name = "IdeaInput";
            Field(draft => draft.Title);
            Field(draft => draft.Problem).Description("What goes wrong today, for whom.");
            Field(draft => draft.Proposal).Description("What you suggest.");
            Field(draft => draft.Category);
            Field<BooleanGraphType>("anonymous").DefaultValue(false);
        }
    }

    private sealed class IdeaFilterInputType : InputObjectGraphType<IdeaFilter>
    {
        public IdeaFilterInputType()
        {
            Name = "IdeaFilter";
            Field<EnumerationGraphType<IdeaStatus>>("status");
            Field<StringGraphType>("category");
            Field<IdGraphType>("teamId");
            Field<BooleanGraphType>("mine").Description("Only ideas I submitted under my name.").DefaultValue(false);
        }
    }

    private sealed class IdeaType : ObjectGraphType<IdeaView>
    {
        public IdeaType(IdeaStore ideas, IGrainFactory grains)
        {
            Name = "Idea";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(idea => idea.Title);
            Field(idea => idea.Problem);
            Field(idea => idea.Proposal);
            Field(idea => idea.Category);
            Field<NonNullGraphType<EnumerationGraphType<IdeaStatus>>>("status").Resolve(context => context.Source.Status);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<IdeaStatus>>>>>("nextStatuses")
                .Description("Where the idea may go next.")
                .Resolve(context => IdeaRules.AllowedNext(context.Source.Status));
            Field<PeopleSchema.EmployeeSummaryType>("author").Description("Null for anonymous ideas.").Resolve(context => context.Source.Author);
            Field<NonNullGraphType<BooleanGraphType>>("anonymous").Resolve(context => context.Source.Author is null);
            Field<StringGraphType>("teamName").Resolve(context => context.Source.TeamName);
            Field<PeopleSchema.EmployeeSummaryType>("owner").Description("Who answers; null means the HR admins.").Resolve(context => context.Source.Owner);
            Field<NonNullGraphType<BooleanGraphType>>("canAnswer").Resolve(context =>
                context.Caller() is var caller
                && (caller.IsHrAdmin || context.Source.EscalatedToMe || (context.Source.Owner is { } owner && owner.Id == caller.EmployeeId)));
            Field<NonNullGraphType<BooleanGraphType>>("canEdit").Description("True for a named author while the idea is new.").Resolve(context =>
                context.Source.Status == IdeaStatus.New && context.Source.Author is { } author && author.Id == context.Caller().EmployeeId);
            Field<IdGraphType>("mergedIntoId").Resolve(context => context.Source.MergedInto);
            Field<StringGraphType>("mergedIntoTitle").Resolve(context => context.Source.MergedIntoTitle);
            Field(idea => idea.VoteCount);
            Field(idea => idea.VotedByMe);
            Field(idea => idea.FollowedByMe);
            Field(idea => idea.CommentCount);
            Field(idea => idea.EscalationLevel).Description("How many levels up the reporting line the wait for an answer has been raised.");
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
            Field<NonNullGraphType<DateTimeGraphType>>("answerDueAt").Resolve(context => context.Source.AnswerDueAt.UtcDateTime);
            Field<DateTimeGraphType>("firstResponseAt").Resolve(context => context.Source.FirstResponseAt?.UtcDateTime);
            Field<FloatGraphType>("hoursToFirstResponse")
                .Description("Business hours (company time) from submission to the first answer, as the answer-time target counts.")
                .ResolveAsync(async context => context.Source.FirstResponseAt is { } answered
                    ? BusinessHours.Between(context.Source.CreatedAt, answered,
                        (await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(context.Caller())).TimeZone).TotalHours
                    : null);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdeaResponseType>>>>("responses")
                .Description("The status timeline, oldest first.")
                .ResolveAsync(async context => await ideas.ResponsesAsync(context.Source.Id, context.CancellationToken));
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdeaCommentType>>>>("comments")
                .ResolveAsync(async context => await ideas.CommentsAsync(context.Source.Id, context.CancellationToken));
        }
    }

    private sealed class IdeaResponseType : ObjectGraphType<IdeaResponse>
    {
        public IdeaResponseType()
        {
            Name = "IdeaResponse";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<EnumerationGraphType<IdeaStatus>>>("fromStatus").Resolve(context => context.Source.From);
            Field<NonNullGraphType<EnumerationGraphType<IdeaStatus>>>("toStatus").Resolve(context => context.Source.To);
            Field(response => response.Response);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("responder").Resolve(context => context.Source.Responder);
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
        }
    }

    private sealed class IdeaCommentType : ObjectGraphType<IdeaComment>
    {
        public IdeaCommentType()
        {
            Name = "IdeaComment";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("author").Resolve(context => context.Source.Author);
            Field(comment => comment.Text);
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
        }
    }

    private sealed class IdeaConnectionType : ObjectGraphType<IdeaPage>
    {
        public IdeaConnectionType()
        {
            Name = "IdeaConnection";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdeaType>>>>("nodes").Resolve(context => context.Source.Nodes);
            Field(page => page.EndCursor, nullable: true);
            Field(page => page.HasNextPage);
            Field(page => page.TotalCount);
        }
    }

    private sealed class TeamAnswerTimeType : ObjectGraphType<TeamAnswerTime>
    {
        public TeamAnswerTimeType()
        {
            Name = "TeamAnswerTime";
            Field(row => row.Team);
            Field(row => row.Answered);
            Field(row => row.Unanswered);
            Field(row => row.MedianHours, nullable: true);
            Field(row => row.P90Hours, nullable: true);
            Field(row => row.AnsweredWithinTarget, nullable: true).Description("Share of answered ideas answered within the target, 0 to 1.");
        }
    }
}
