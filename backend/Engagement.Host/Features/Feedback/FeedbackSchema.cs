using Engagement.Features.People;
using Engagement.Platform;
using GraphQL;
using GraphQL.Types;

namespace Engagement.Features.Feedback;

public sealed class FeedbackSchema(IGrainFactory grains, FeedbackStore feedback, UpwardFeedback upward, CheckIns checkIns, Pulse pulse) : IFeatureSchema
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<FeedbackInboxType>>("myFeedbackInbox")
            .Description("Feedback I received and gave, requests waiting for my answer, and my own requests with their answers.")
            .ResolveAsync(async context => await feedback.InboxAsync(context.Caller(), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackNoteType>>>>("feedbackAbout")
            .Description("For the managers above the employee and HR admins: feedback shared with the manager, and answers to their own requests.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .ResolveAsync(async context => await feedback.AboutAsync(context.Caller(), context.GetArgument<Guid>("employeeId"), context.CancellationToken));
        query.Field<NonNullGraphType<UpwardFeedbackViewType>>("upwardFeedbackForMe")
            .Description("Anonymous notes from my team, in released batches only.")
            .ResolveAsync(async context => new UpwardView(upward.Threshold, await upward.ReleasedForAsync(context.Caller(), context.CancellationToken)));
        query.Field<CheckInType>("myCheckIn")
            .Argument<DateOnlyGraphType>("week")
            .ResolveAsync(async context => await checkIns.MineAsync(context.Caller(), context.GetArgument<DateOnly?>("week"), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInType>>>>("myCheckIns")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 12)
            .ResolveAsync(async context => await checkIns.HistoryAsync(context.Caller(), context.GetArgument<int>("first"), context.CancellationToken));
        query.Field<NonNullGraphType<TeamCheckInsType>>("teamCheckIns")
            .Description("My direct reports for a week (default this week): their check-ins and who has not checked in.")
            .Argument<DateOnlyGraphType>("week")
            .ResolveAsync(async context => await checkIns.TeamAsync(context.Caller(), context.GetArgument<DateOnly?>("week"), context.CancellationToken));
        query.Field<NonNullGraphType<IntGraphType>>("pulseCadenceDays")
            .Description("HR admins: a new pulse round opens automatically every this many days.")
            .ResolveAsync(async context =>
            {
                context.Caller().RequireHrAdmin("see the pulse cadence");
                return await pulse.CadenceAsync(context.CancellationToken);
            });
        query.Field<PulseRoundType>("currentPulse")
            .ResolveAsync(async context => await pulse.CurrentAsync(context.Caller(), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PulseRoundType>>>>("pulseRounds")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 6)
            .ResolveAsync(async context => await pulse.RoundsAsync(context.Caller(), context.GetArgument<int>("first"), context.CancellationToken));
        query.Field<NonNullGraphType<PulseResultsType>>("pulseResults")
            .Description("eNPS for a round (default the latest), company-wide or for one team; withheld below the privacy thresholds.")
            .Argument<IdGraphType>("roundId")
            .Argument<IdGraphType>("teamId")
            .ResolveAsync(async context => await pulse.ResultsAsync(context.Caller(), context.GetArgument<Guid?>("roundId"), context.GetArgument<Guid?>("teamId"),
                context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FeedbackNoteType>>("giveFeedback")
            .Description("Feedback to a colleague; with requestId it answers a request sent to me, about the request's subject (recipientId is then ignored).")
            .Argument<NonNullGraphType<GiveFeedbackInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var input = context.GetArgument<GiveFeedbackInput>("input");
                if (input.RequestId is { } requestId)
                {
                    await grains.GetGrain<IFeedbackRequestGrain>(requestId).Answer(caller, input.Text, input.Visibility);
                    return (await feedback.InboxAsync(caller, context.CancellationToken)).Given.First(note => note.RequestId == requestId);
                }

                return await feedback.GiveAsync(caller, input.RecipientId, input.Text, input.Visibility, context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<FeedbackRequestType>>("requestFeedback")
            .Description("Ask colleagues for feedback about yourself, or, as a manager, about one of your reports. Once the answer time has passed, they are reminded daily until they answer or decline.")
            .Argument<NonNullGraphType<RequestFeedbackInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var input = context.GetArgument<RequestFeedbackInput>("input");
                var id = Guid.NewGuid();
                await grains.GetGrain<IFeedbackRequestGrain>(id).Create(caller, input.SubjectId ?? caller.RequireSignedIn(), input.Question, input.RespondentIds);
                return (await feedback.InboxAsync(caller, context.CancellationToken)).MyRequests.Single(request => request.Id == id);
            });
        mutation.Field<NonNullGraphType<BooleanGraphType>>("declineFeedbackRequest")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .ResolveAsync(async context =>
            {
                await grains.GetGrain<IFeedbackRequestGrain>(context.GetArgument<Guid>("requestId")).Decline(context.Caller());
                return true;
            });
        mutation.Field<NonNullGraphType<UpwardFeedbackReceiptType>>("sendUpwardFeedback")
            .Description("An anonymous note to my own manager. Nothing about me is stored; the receipt says which week it counts in.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async context => new UpwardReceipt(
                await upward.SendAsync(context.Caller(), context.GetArgument<string>("text"), context.CancellationToken), upward.Threshold));
        mutation.Field<NonNullGraphType<CheckInType>>("submitCheckIn")
            .Description("Creates or updates my check-in for this company week.")
            .Argument<NonNullGraphType<CheckInInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CheckInInput>("input");
                return await checkIns.SubmitAsync(context.Caller(), input.Mood, input.Wins, input.Blockers, input.Priorities, context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<CheckInType>>("replyToCheckIn")
            .Argument<NonNullGraphType<IdGraphType>>("checkInId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async context => await checkIns.ReplyAsync(context.Caller(), context.GetArgument<Guid>("checkInId"), context.GetArgument<string>("text"),
                context.CancellationToken));
        mutation.Field<NonNullGraphType<PulseRoundType>>("answerPulse")
            .Argument<NonNullGraphType<IdGraphType>>("roundId")
            .Argument<NonNullGraphType<IntGraphType>>("score")
            .Argument<StringGraphType>("comment")
            .ResolveAsync(async context => await pulse.AnswerAsync(context.Caller(), context.GetArgument<Guid>("roundId"), context.GetArgument<int>("score"),
                context.GetArgument<string?>("comment"), context.CancellationToken));
        mutation.Field<NonNullGraphType<PulseRoundType>>("openPulseRound")
            .Description("HR admins: open a round now; it closes in 7 days.")
            .Argument<StringGraphType>("question")
            .ResolveAsync(async context => await pulse.OpenAsync(context.Caller(), context.GetArgument<string?>("question"), context.CancellationToken));
        mutation.Field<NonNullGraphType<IntGraphType>>("setPulseCadence")
            .Description("HR admins: a new round opens automatically every `days` days (7 to 90).")
            .Argument<NonNullGraphType<IntGraphType>>("days")
            .ResolveAsync(async context => await pulse.SetCadenceAsync(context.Caller(), context.GetArgument<int>("days"), context.CancellationToken));
    }

    private sealed record GiveFeedbackInput(Guid RecipientId, string Text, FeedbackVisibility Visibility, Guid? RequestId);

    private sealed record RequestFeedbackInput(Guid? SubjectId, string Question, IReadOnlyList<Guid> RespondentIds);

    private sealed record CheckInInput(int Mood, string Wins, string Blockers, string Priorities);

    private sealed record UpwardView(int Threshold, IReadOnlyList<UpwardBatch> Batches);

    private sealed record UpwardReceipt(DateOnly Week, int Threshold);

    private sealed class GiveFeedbackInputType : InputObjectGraphType<GiveFeedbackInput>
    {
        public GiveFeedbackInputType()
        {
            Name = "GiveFeedbackInput";
            Field<NonNullGraphType<IdGraphType>>("recipientId");
            Field<NonNullGraphType<StringGraphType>>("text");
            Field<EnumerationGraphType<FeedbackVisibility>>("visibility").DefaultValue(FeedbackVisibility.Private);
            Field<IdGraphType>("requestId");
        }
    }

    private sealed class RequestFeedbackInputType : InputObjectGraphType<RequestFeedbackInput>
    {
        public RequestFeedbackInputType()
        {
            Name = "RequestFeedbackInput";
            Field<IdGraphType>("subjectId").Description("Whose work the feedback is about: yourself (the default) or one of your reports.");
            Field<NonNullGraphType<StringGraphType>>("question");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("respondentIds");
        }
    }

    private sealed class CheckInInputType : InputObjectGraphType<CheckInInput>
    {
        public CheckInInputType()
        {
            Name = "CheckInInput";
            Field<NonNullGraphType<IntGraphType>>("mood").Description("1 (rough week) to 5 (great week).");
            Field<NonNullGraphType<StringGraphType>>("wins");
            Field<NonNullGraphType<StringGraphType>>("blockers");
            Field<NonNullGraphType<StringGraphType>>("priorities");
        }
    }

    private sealed class FeedbackNoteType : ObjectGraphType<FeedbackNote>
    {
        public FeedbackNoteType()
        {
            Name = "FeedbackNote";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("author").Resolve(context => context.Source.Author);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("recipient").Resolve(context => context.Source.Recipient);
            Field(note => note.Text);
            Field<NonNullGraphType<EnumerationGraphType<FeedbackVisibility>>>("visibility").Resolve(context => context.Source.Visibility);
            Field<IdGraphType>("requestId").Resolve(context => context.Source.RequestId);
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
        }
    }

    private sealed class FeedbackRequestType : ObjectGraphType<FeedbackRequestView>
    {
        public FeedbackRequestType()
        {
            Name = "FeedbackRequest";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("requester").Resolve(context => context.Source.Requester);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("subject").Resolve(context => context.Source.Subject);
            Field(request => request.Question);
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
            Field<NonNullGraphType<DateTimeGraphType>>("dueAt").Resolve(context => context.Source.DueAt.UtcDateTime);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackRespondentType>>>>("respondents").Resolve(context => context.Source.Respondents);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackNoteType>>>>("answers")
                .Description("Answers, for the requester and the subject only.")
                .Resolve(context => context.Source.Answers);
        }
    }

    private sealed class FeedbackRespondentType : ObjectGraphType<FeedbackRespondent>
    {
        public FeedbackRespondentType()
        {
            Name = "FeedbackRespondent";
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("employee").Resolve(context => context.Source.Employee);
            Field<NonNullGraphType<EnumerationGraphType<FeedbackRequestStatus>>>("status").Resolve(context => context.Source.Status);
        }
    }

    private sealed class FeedbackInboxType : ObjectGraphType<FeedbackInbox>
    {
        public FeedbackInboxType()
        {
            Name = "FeedbackInbox";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackNoteType>>>>("received").Resolve(context => context.Source.Received);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackNoteType>>>>("given").Resolve(context => context.Source.Given);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackRequestType>>>>("requestsToMe").Resolve(context => context.Source.RequestsToMe);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackRequestType>>>>("myRequests").Resolve(context => context.Source.MyRequests);
        }
    }

    private sealed class UpwardFeedbackViewType : ObjectGraphType<UpwardView>
    {
        public UpwardFeedbackViewType()
        {
            Name = "UpwardFeedbackView";
            Field(view => view.Threshold).Description("Notes are released to the manager once notes from at least this many different people wait.");
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpwardFeedbackBatchType>>>>("batches").Resolve(context => context.Source.Batches);
        }
    }

    private sealed class UpwardFeedbackBatchType : ObjectGraphType<UpwardBatch>
    {
        public UpwardFeedbackBatchType()
        {
            Name = "UpwardFeedbackBatch";
            Field<NonNullGraphType<DateOnlyGraphType>>("releasedWeek").Resolve(context => context.Source.ReleasedWeek);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpwardNoteType>>>>("notes").Resolve(context => context.Source.Notes);
        }
    }

    private sealed class UpwardNoteType : ObjectGraphType<UpwardNote>
    {
        public UpwardNoteType()
        {
            Name = "UpwardNote";
            Description = "An anonymous note, released with others as one batch; it carries no date of its own.";
            Field(note => note.Text);
        }
    }

    private sealed class UpwardFeedbackReceiptType : ObjectGraphType<UpwardReceipt>
    {
        public UpwardFeedbackReceiptType()
        {
            Name = "UpwardFeedbackReceipt";
            Field<NonNullGraphType<DateOnlyGraphType>>("week").Resolve(context => context.Source.Week);
            Field(receipt => receipt.Threshold);
            Field<NonNullGraphType<StringGraphType>>("message").Resolve(context =>
                $"Sent without your name. Your manager sees notes only once notes from at least {context.Source.Threshold} different people are waiting, and then all of them together with no dates.");
        }
    }

    private sealed class CheckInType : ObjectGraphType<CheckInView>
    {
        public CheckInType()
        {
            Name = "CheckIn";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("employee").Resolve(context => context.Source.Employee);
            Field<NonNullGraphType<DateOnlyGraphType>>("week").Resolve(context => context.Source.Week);
            Field(checkIn => checkIn.Mood);
            Field(checkIn => checkIn.Wins);
            Field(checkIn => checkIn.Blockers);
            Field(checkIn => checkIn.Priorities);
            Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Resolve(context => context.Source.SubmittedAt.UtcDateTime);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInReplyType>>>>("replies").Resolve(context => context.Source.Replies);
        }
    }

    private sealed class CheckInReplyType : ObjectGraphType<CheckInReply>
    {
        public CheckInReplyType()
        {
            Name = "CheckInReply";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("author").Resolve(context => context.Source.Author);
            Field(reply => reply.Text);
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
        }
    }

    private sealed class TeamCheckInsType : ObjectGraphType<TeamCheckIns>
    {
        public TeamCheckInsType()
        {
            Name = "TeamCheckIns";
            Field<NonNullGraphType<DateOnlyGraphType>>("week").Resolve(context => context.Source.Week);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInType>>>>("checkIns").Resolve(context => context.Source.CheckIns);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>>>("missing").Resolve(context => context.Source.Missing);
        }
    }

    private sealed class PulseRoundType : ObjectGraphType<PulseRound>
    {
        public PulseRoundType(TimeProvider time)
        {
            Name = "PulseRound";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(round => round.Question);
            Field<NonNullGraphType<DateTimeGraphType>>("opensAt").Resolve(context => context.Source.OpensAt.UtcDateTime);
            Field<NonNullGraphType<DateTimeGraphType>>("closesAt").Resolve(context => context.Source.ClosesAt.UtcDateTime);
            Field<NonNullGraphType<BooleanGraphType>>("open").Resolve(context => context.Source.OpensAt <= time.GetUtcNow() && time.GetUtcNow() < context.Source.ClosesAt);
            Field(round => round.AnsweredByMe);
            Field(round => round.Answers);
        }
    }

    private sealed class PulseResultsType : ObjectGraphType<PulseResults>
    {
        public PulseResultsType()
        {
            Name = "PulseResults";
            Field<PulseRoundType>("round").Resolve(context => context.Source.Round);
            Field(results => results.TeamName, nullable: true);
            Field(results => results.Answers);
            Field(results => results.Shown).Description("False when results are withheld to protect who answered what.");
            Field(results => results.Explanation);
            Field<NonNullGraphType<IntGraphType>>("minimumAnswers").Resolve(_ => Pulse.MinimumAnswers);
            Field<NonNullGraphType<IntGraphType>>("minimumComments").Resolve(_ => Pulse.MinimumComments);
            Field(results => results.Enps, nullable: true);
            Field(results => results.Promoters, nullable: true);
            Field(results => results.Passives, nullable: true);
            Field(results => results.Detractors, nullable: true);
            Field<ListGraphType<NonNullGraphType<StringGraphType>>>("comments").Resolve(context => context.Source.Comments);
        }
    }
}
