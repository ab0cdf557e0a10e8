using Engagement.Features.People;
using Engagement.Platform;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Engagement.Features.OneOnOnes;

public sealed class OneOnOnesSchema(IGrainFactory grains, OneOnOneStore store) : IFeatureSchema
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MyOneOnOnesType>>("myOneOnOnes")
            .ResolveAsync(async context => await store.MineAsync(context.Caller(), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportOneOnOnesType>>>>("myReportsOneOnOnes")
            .Description("Managers: every direct report with their series, overdue ones first.")
            .ResolveAsync(async context => await store.ReportsAsync(context.Caller(), context.CancellationToken));
        query.Field<NonNullGraphType<OneOnOneSeriesType>>("oneOnOneSeries")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await store.SeriesForAsync(context.Caller(), context.GetArgument<Guid>("id"), context.CancellationToken));
        query.Field<NonNullGraphType<OneOnOneMeetingType>>("oneOnOneMeeting")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await store.MeetingForAsync(context.Caller(), MeetingId.Parse(context.GetArgument<string>("id")), context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OneOnOneSeriesType>>("scheduleOneOnOne")
            .Description("Managers (and HR admins): start a 1:1 series with a direct report.")
            .Argument<NonNullGraphType<IdGraphType>>("reportId")
            .Argument<NonNullGraphType<ScheduleInputType>>("input")
            .ResolveAsync(async context =>
            {
                var id = Guid.NewGuid();
                await grains.GetGrain<IOneOnOneSeriesGrain>(id).Create(context.Caller(), context.GetArgument<Guid>("reportId"),
                    context.GetArgument<ScheduleRequest>("input"));
                // Whoever scheduled it may be an HR admin, who is not one of its two people.
                return (await store.SeriesAsync("s.id = @id", null, context.CancellationToken, ("id", id))).Single();
            });
        mutation.Field<NonNullGraphType<OneOnOneSeriesType>>("updateOneOnOneSchedule")
            .Description("The manager: change the schedule. Future moves and skips are dropped; open agenda items move to the new next meeting.")
            .Argument<NonNullGraphType<IdGraphType>>("seriesId")
            .Argument<NonNullGraphType<ScheduleInputType>>("input")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<Guid>("seriesId");
                await grains.GetGrain<IOneOnOneSeriesGrain>(id).Reschedule(context.Caller(), context.GetArgument<ScheduleRequest>("input"));
                return await store.SeriesForAsync(context.Caller(), id, context.CancellationToken);
            });
        MeetingMutation(mutation, "moveOneOnOne", "The manager: move one future occurrence; fails with MEETING_OVERLAP when it overlaps another 1:1 of either person.",
                (grain, caller, date, context) => grain.Move(caller, date, context.GetArgument<DateTimeOffset>("startsAt")))
            .Argument<NonNullGraphType<DateTimeGraphType>>("startsAt");
        MeetingMutation(mutation, "skipOneOnOne", "The manager: skip one future occurrence; its open agenda carries over.",
            (grain, caller, date, _) => grain.Skip(caller, date));
        MeetingMutation(mutation, "markOneOnOneHeld", "Either person: closes the meeting; undiscussed agenda and open action items carry over to the next one.",
            (grain, caller, date, _) => grain.Hold(caller, date));
        MeetingMutation(mutation, "addAgendaItem", null, (grain, caller, date, context) => grain.AddAgendaItem(caller, date, context.GetArgument<string>("text")))
            .Argument<NonNullGraphType<StringGraphType>>("text");
        MeetingMutation(mutation, "reorderAgenda", "itemIds: every agenda item of the meeting, in the new order.",
                (grain, caller, date, context) => grain.ReorderAgenda(caller, date, context.GetArgument<List<Guid>>("itemIds")))
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("itemIds");
        MeetingMutation(mutation, "setAgendaItemDiscussed", null,
                (grain, caller, date, context) => grain.SetAgendaItemDiscussed(caller, date, context.GetArgument<Guid>("itemId"), context.GetArgument<bool>("discussed")))
            .Argument<NonNullGraphType<IdGraphType>>("itemId")
            .Argument<NonNullGraphType<BooleanGraphType>>("discussed");
        MeetingMutation(mutation, "removeAgendaItem", "Its author only.",
                (grain, caller, date, context) => grain.RemoveAgendaItem(caller, date, context.GetArgument<Guid>("itemId")))
            .Argument<NonNullGraphType<IdGraphType>>("itemId");
        MeetingMutation(mutation, "saveSharedNotes", "version: the sharedNotesVersion the text was based on; a stale one fails with NOTES_CHANGED.",
                (grain, caller, date, context) => grain.SaveSharedNotes(caller, date, context.GetArgument<string>("text"), context.GetArgument<int>("version")))
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<NonNullGraphType<IntGraphType>>("version");
        MeetingMutation(mutation, "savePrivateNote", "Only its writer ever sees it.",
                (grain, caller, date, context) => grain.SavePrivateNote(caller, date, context.GetArgument<string>("text")))
            .Argument<NonNullGraphType<StringGraphType>>("text");
        MeetingMutation(mutation, "addActionItem", null, (grain, caller, date, context) =>
            {
                var input = context.GetArgument<ActionItemInput>("input");
                return grain.AddActionItem(caller, date, input.Text, input.OwnerId, input.DueOn);
            })
            .Argument<NonNullGraphType<ActionItemInputType>>("input");
        MeetingMutation(mutation, "setActionItemDone", null,
                (grain, caller, date, context) => grain.SetActionItemDone(caller, date, context.GetArgument<Guid>("itemId"), context.GetArgument<bool>("done")))
            .Argument<NonNullGraphType<IdGraphType>>("itemId")
            .Argument<NonNullGraphType<BooleanGraphType>>("done");
    }

    /// <summary>A mutation on one meeting: the series grain acts, then the meeting is read back as the caller sees it.</summary>
    private FieldBuilder<object?, object> MeetingMutation(ObjectGraphType mutation, string name, string? description,
        Func<IOneOnOneSeriesGrain, Caller, DateOnly, IResolveFieldContext, Task> act) =>
        mutation.Field<NonNullGraphType<OneOnOneMeetingType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("meetingId")
            .ResolveAsync(async context =>
            {
                var id = MeetingId.Parse(context.GetArgument<string>("meetingId"));
                await act(grains.GetGrain<IOneOnOneSeriesGrain>(id.SeriesId), context.Caller(), id.Date, context);
                return await store.MeetingForAsync(context.Caller(), id, context.CancellationToken);
            });

    private sealed record ActionItemInput(string Text, Guid OwnerId, DateOnly? DueOn);

    private sealed class ScheduleInputType : InputObjectGraphType<ScheduleRequest>
    {
        public ScheduleInputType()
        {
            Name = "OneOnOneScheduleInput";
            Field<NonNullGraphType<EnumerationGraphType<OneOnOneCadence>>>("cadence");
            Field<NonNullGraphType<IntGraphType>>("weekday").Description("ISO weekday: 1 = Monday ... 7 = Sunday.");
            Field<NonNullGraphType<StringGraphType>>("localTime").Description("HH:mm");
            Field<StringGraphType>("timeZone").Description("Defaults to the manager's time zone.");
            Field<NonNullGraphType<IntGraphType>>("durationMinutes").DefaultValue(30).Description("15 to 240.");
            Field<DateOnlyGraphType>("startsOn").Description("First possible date (default: today in timeZone).");
        }

        public override object ParseDictionary(IDictionary<string, object?> value) => new ScheduleRequest(
            (OneOnOneCadence)value["cadence"]!, (int)value["weekday"]!, (string)value["localTime"]!, value.TryGetValue("timeZone", out var zone) ? zone as string : null,
            (int)value["durationMinutes"]!, value.TryGetValue("startsOn", out var startsOn) ? startsOn as DateOnly? : null);
    }

    private sealed class ActionItemInputType : InputObjectGraphType<ActionItemInput>
    {
        public ActionItemInputType()
        {
            Name = "ActionItemInput";
            Field<NonNullGraphType<StringGraphType>>("text");
            Field<NonNullGraphType<IdGraphType>>("ownerId").Description("Must be the manager or the report of the series.");
            Field<DateOnlyGraphType>("dueOn");
        }
    }

    private sealed class OneOnOneSeriesType : ObjectGraphType<SeriesView>
    {
        public OneOnOneSeriesType(TimeProvider time)
        {
            Name = "OneOnOneSeries";
            Description = "A recurring 1:1 between a manager and one report. Visible to the two of them only.";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("manager").Resolve(context => context.Source.Manager);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("report").Resolve(context => context.Source.Report);
            Field<NonNullGraphType<EnumerationGraphType<OneOnOneCadence>>>("cadence").Resolve(context => context.Source.Schedule.Cadence);
            Field<NonNullGraphType<IntGraphType>>("weekday")
                .Description("ISO weekday: 1 = Monday ... 7 = Sunday. MONTHLY meets on the same ordinal weekday as startsOn (e.g. 2nd Tuesday; 5th becomes last).")
                .Resolve(context => context.Source.Schedule.Weekday);
            Field<NonNullGraphType<StringGraphType>>("localTime").Description("Local start time, HH:mm, in timeZone.")
                .Resolve(context => context.Source.Schedule.LocalTime.ToString("HH:mm"));
            Field<NonNullGraphType<StringGraphType>>("timeZone").Resolve(context => context.Source.Schedule.TimeZone);
            Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(context => context.Source.Schedule.DurationMinutes);
            Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Resolve(context => context.Source.Schedule.StartsOn);
            Field<NonNullGraphType<BooleanGraphType>>("viewerIsManager").Description("The caller is this series' manager (may change settings, skip, move).")
                .Resolve(context => context.Source.Manager.Id == context.Caller().EmployeeId);
            Field<NonNullGraphType<OneOnOneMeetingType>>("nextMeeting").Description("The next meeting that is neither held nor skipped.")
                .Resolve(context => context.Source.Current(time.GetUtcNow()));
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OneOnOneMeetingType>>>>("upcoming")
                .Description("Next meetings, moved and skipped ones included.")
                .Argument<IntGraphType>("first", argument => argument.DefaultValue = 6)
                .Resolve(context => context.Source.Following(time.GetUtcNow()).Take(Math.Clamp(context.GetArgument<int>("first"), 1, OneOnOneStore.ListSize)).ToList());
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OneOnOneMeetingType>>>>("past")
                .Description("Held, skipped and missed meetings, newest first.")
                .Argument<IntGraphType>("first", argument => argument.DefaultValue = 10)
                .Resolve(context => context.Source.Past(time.GetUtcNow()).Take(Math.Clamp(context.GetArgument<int>("first"), 1, OneOnOneStore.ListSize)).ToList());
            Field<DateTimeGraphType>("lastHeldAt").Resolve(context => context.Source.LastHeldAt?.UtcDateTime);
            Field<NonNullGraphType<BooleanGraphType>>("overdue")
                .Description("No held 1:1 for more than 1.5x the cadence (counted from the first meeting when none was held).")
                .Resolve(context => context.Source.IsOverdue(time.GetUtcNow()));
            Field<NonNullGraphType<IntGraphType>>("openActionItemCount").Resolve(context => context.Source.OpenActionItemCount);
        }
    }

    private sealed class OneOnOneMeetingType : ObjectGraphType<MeetingView>
    {
        public OneOnOneMeetingType(OneOnOneStore store)
        {
            Name = "OneOnOneMeeting";
            Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of one occurrence: '<seriesId>:<occurrenceDate>'; URL paths use it as one segment.")
                .Resolve(context => context.Source.Id.ToString());
            Field<NonNullGraphType<OneOnOneSeriesType>>("series").Resolve(context => context.Source.Series);
            Field<NonNullGraphType<DateOnlyGraphType>>("occurrenceDate")
                .Description("The date the series' schedule gives this occurrence (it stays the same when the meeting is moved).")
                .Resolve(context => context.Source.Date);
            Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Resolve(context => context.Source.StartsAt.UtcDateTime);
            Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Resolve(context => context.Source.EndsAt.UtcDateTime);
            Field<NonNullGraphType<BooleanGraphType>>("moved").Resolve(context => context.Source.Moved);
            Field<NonNullGraphType<EnumerationGraphType<OneOnOneStatus>>>("status")
                .Description("MISSED: passed without being held or skipped; its open items wait in the next meeting.")
                .Resolve(context => context.Source.Status);
            Field<DateTimeGraphType>("heldAt").Resolve(context => context.Source.HeldAt?.UtcDateTime);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgendaItemType>>>>("agenda")
                .Description("Shared agenda, in order. Undiscussed items carry over to the next meeting.")
                .ResolveAsync(async context => await store.AgendaAsync(context.Source, context.CancellationToken));
            Field<NonNullGraphType<StringGraphType>>("sharedNotes").Resolve(context => context.Source.SharedNotes);
            Field<NonNullGraphType<IntGraphType>>("sharedNotesVersion").Description("Pass back to saveSharedNotes.").Resolve(context => context.Source.NotesVersion);
            Field<NonNullGraphType<StringGraphType>>("myPrivateNote").Description("The caller's own private note for this meeting; nobody else ever sees it.")
                .ResolveAsync(async context => await store.PrivateNoteAsync(context.Caller(), context.Source, context.CancellationToken));
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemType>>>>("actionItems")
                .Description("Open meeting: every open action item of the series plus those done since. Held: those created or closed in it.")
                .ResolveAsync(async context => await store.ActionItemsAsync(context.Source, context.CancellationToken));
        }
    }

    private sealed class AgendaItemType : ObjectGraphType<AgendaItemView>
    {
        public AgendaItemType()
        {
            Name = "AgendaItem";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(item => item.Text);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("author").Resolve(context => context.Source.Author);
            Field(item => item.Discussed);
            Field(item => item.CarriedOver).Description("Added for an earlier meeting and carried over.");
            Field(item => item.FromCheckIn).Description("Created from a check-in blocker.");
            Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt.UtcDateTime);
        }
    }

    private sealed class ActionItemType : ObjectGraphType<ActionItemView>
    {
        public ActionItemType()
        {
            Name = "ActionItem";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(item => item.Text);
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("owner").Resolve(context => context.Source.Owner);
            Field<DateOnlyGraphType>("dueOn").Resolve(context => context.Source.DueOn);
            Field<NonNullGraphType<BooleanGraphType>>("done").Resolve(context => context.Source.DoneAt is not null);
            Field<DateTimeGraphType>("doneAt").Resolve(context => context.Source.DoneAt?.UtcDateTime);
            Field<NonNullGraphType<DateOnlyGraphType>>("createdFor").Description("Occurrence date of the meeting it was created in.")
                .Resolve(context => context.Source.CreatedFor);
            Field(item => item.CarriedOver).Description("Created in an earlier meeting.");
        }
    }

    private sealed class ReportOneOnOnesType : ObjectGraphType<ReportOneOnOnes>
    {
        public ReportOneOnOnesType(TimeProvider time)
        {
            Name = "ReportOneOnOnes";
            Description = "A manager's view of one direct report.";
            Field<NonNullGraphType<PeopleSchema.EmployeeSummaryType>>("report").Resolve(context => context.Source.Report);
            Field<OneOnOneSeriesType>("series").Description("Null when no series is scheduled yet.").Resolve(context => context.Source.Series);
            Field<DateTimeGraphType>("lastHeldAt").Resolve(context => context.Source.Series?.LastHeldAt?.UtcDateTime);
            Field<IntGraphType>("daysSinceLastHeld")
                .Resolve(context => context.Source.Series?.LastHeldAt is { } held ? (int)(time.GetUtcNow() - held).TotalDays : null);
            Field<NonNullGraphType<BooleanGraphType>>("overdue").Resolve(context => context.Source.Series?.IsOverdue(time.GetUtcNow()) ?? false);
        }
    }

    private sealed class MyOneOnOnesType : ObjectGraphType<MyOneOnOnes>
    {
        public MyOneOnOnesType()
        {
            Name = "MyOneOnOnes";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OneOnOneSeriesType>>>>("series").Description("Series I am part of.")
                .Resolve(context => context.Source.Series);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OneOnOneMeetingType>>>>("upcoming")
                .Description("Upcoming meetings across my series, soonest first (next 8 weeks, at most 30).").Resolve(context => context.Source.Upcoming);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OneOnOneMeetingType>>>>("past")
                .Description("Held, skipped and missed meetings across my series, newest first (at most 30).").Resolve(context => context.Source.Past);
        }
    }
}
