using Engagement.Features.Company;
using Engagement.Features.Feedback;
using Engagement.Features.OneOnOnes;
using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Insights;

public sealed record RecognitionPoint(DateOnly Start, int Given, int Received, int RecognisedPeople);

public sealed record PersonRecognition(EmployeeSummary Person, int Given, int Received, DateTimeOffset? LastRecognisedAt);

public sealed record NotRecognised(int Days, IReadOnlyList<PersonRecognition> People);

public sealed record CountBy(string Label, int Count);

public sealed record NetworkCell(string From, string To, int Count);

public sealed record IdeaAnswerTime(Guid Id, string Title, string Status, EmployeeSummary? Author, DateTimeOffset CreatedAt, DateTimeOffset? FirstResponseAt,
    double? BusinessHoursToAnswer);

public sealed record IdeaSummary(IReadOnlyList<CountBy> Funnel, int Submitted, int Answered, int Waiting, double? MedianHours, double? P90Hours, int SlaHours,
    double? WithinSlaShare, IReadOnlyList<IdeaAnswerTime> Ideas);

public sealed record EnpsPoint(Guid RoundId, string Question, DateTimeOffset OpensAt, int Answers, int? Enps, int LeftOut, string? WithheldReason);

public sealed record OneOnOneAdherence(EmployeeSummary Manager, EmployeeSummary? Report, int Series, int Expected, int Held, double? Rate, int Overdue);

public sealed record CheckInWeek(DateOnly Week, int Submitted, int People, double? AverageMood);

public sealed record ActionItemsByOwner(EmployeeSummary Owner, int Open, int Overdue);

public sealed record Participation(double CheckIns, double KudosGiving, double? LatestPulse);

public sealed record ManagerDashboard(
    EmployeeSummary Manager, InsightsPeriod Period, int People, IReadOnlyList<RecognitionPoint> Recognition, IReadOnlyList<PersonRecognition> ByPerson,
    IReadOnlyList<NotRecognised> NotRecognised, IReadOnlyList<OneOnOneAdherence> OneOnOnes, IReadOnlyList<CheckInWeek> CheckIns,
    IReadOnlyList<ActionItemsByOwner> ActionItems, IdeaSummary Ideas);

public sealed record HrDashboard(
    InsightsPeriod Period, int Headcount, int Kudos, int RecognisedPeople, double Reach, IReadOnlyList<RecognitionPoint> Recognition, IReadOnlyList<CountBy> ByValue,
    IReadOnlyList<NetworkCell> Network, IdeaSummary Ideas, IReadOnlyList<EnpsPoint> Enps, IReadOnlyList<OneOnOneAdherence> OneOnOnesByManager,
    Participation Participation);

/// <summary>
/// Manager and HR dashboards, read from PostgreSQL aggregates (no grain is activated). Survey answers and moods count
/// only through whole cells of <see cref="Anonymity"/>, so no filter and no difference between views can isolate fewer
/// answers than its threshold; a selection narrowed by level or time zone shows no survey results at all.
/// </summary>
public sealed class Dashboards(NpgsqlDataSource dataSource, IGrainFactory grains, PeopleQueries people, TimeProvider time)
{
    public static readonly int[] NotRecognisedDays = [30, 60, 90];
    public const int MinimumAnswers = Anonymity.MinimumScores;
    public const int MaxFlowTeams = 12;
    private const int IdeaListSize = 50;
    private const string OtherTeams = "Other teams";
    private const string NoTeam = "No team";

    public async Task<ManagerDashboard> ManagerAsync(Caller caller, Guid? managerId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var manager = managerId ?? me;
        if (manager != me && !caller.IsHrAdmin && !await people.IsAboveAsync(me, manager, cancellationToken))
        {
            throw Caller.Forbidden("You can see the dashboard of your own reporting line only.");
        }

        var (company, period, now) = await ScopeAsync(from, to);
        var summary = (await dataSource.QueryAsync("SELECT id, name, title FROM employees WHERE id = @id AND active",
            reader => new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)), cancellationToken, ("id", manager))).SingleOrDefault()
            ?? throw new DomainException("NOT_FOUND", "This manager does not exist.");
        var population = await ResolveAsync(Population.LineOf(manager), cancellationToken);
        if (population.Count == 0)
        {
            throw Caller.Forbidden($"{summary.Name} has no reports, so there is no team dashboard.");
        }

        // Independent reads, each on a connection of its own, run side by side.
        var byPerson = ByPersonAsync(population, period, cancellationToken);
        var recognition = RecognitionAsync(population, period, cancellationToken);
        var adherence = AdherenceAsync(population, period, now, byManager: false, cancellationToken);
        var checkIns = CheckInsAsync(population, period, cancellationToken);
        var actionItems = ActionItemsAsync(population, now, company, cancellationToken);
        var ideas = IdeasAsync(population, period, company, now, cancellationToken);
        await Task.WhenAll(byPerson, recognition, adherence, checkIns, actionItems, ideas);

        var notRecognised = NotRecognisedDays.Select(days => new NotRecognised(days,
            [.. byPerson.Result.Where(person => person.LastRecognisedAt is not { } last || now - last > TimeSpan.FromDays(days))])).ToList();
        return new ManagerDashboard(summary, period, population.Count, recognition.Result, byPerson.Result, notRecognised, adherence.Result, checkIns.Result,
            actionItems.Result, ideas.Result);
    }

    public async Task<HrDashboard> CompanyAsync(Caller caller, IReadOnlyList<Guid> teamIds, IReadOnlyList<int> levels, IReadOnlyList<string> timeZones,
        DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        caller.RequireHrAdmin("see the company dashboard");
        if (levels.Any(level => level is < 1 or > 64))
        {
            throw new DomainException("INVALID_ARGUMENT", "Levels count from 1, the top of the organisation chart.");
        }

        var zones = timeZones.Select(TimeZones.Require).Distinct().ToList();
        var (company, period, now) = await ScopeAsync(from, to);
        var known = await dataSource.QueryAsync("SELECT id FROM teams WHERE id = ANY(@ids)", reader => reader.GetGuid(0), cancellationToken,
            ("ids", teamIds.Distinct().ToArray()));
        if (known.Count != teamIds.Distinct().Count())
        {
            throw new DomainException("NOT_FOUND", "A team in the filter does not exist; reload the list of teams.");
        }

        var population = await ResolveAsync(Population.Company([.. teamIds.Distinct()], [.. levels.Distinct()], zones), cancellationToken);
        (string, object?)[] parameters = [.. population.Parameters, .. PeriodParameters(period)];
        // Every read opens a pooled connection of its own, so they all run side by side.
        var recognition = RecognitionAsync(population, period, cancellationToken);
        // Counting people with a kudos probes an index per person; it beats sorting every kudos of the period.
        var totals = dataSource.QueryAsync(population.With("""
            SELECT (SELECT count(*)::int FROM population p WHERE EXISTS (
                        SELECT 1 FROM kudos_recipients r WHERE r.recipient_id = p.id AND r.created_at >= @start AND r.created_at < @end)),
                   (SELECT count(*)::int FROM population p WHERE EXISTS (
                        SELECT 1 FROM kudos k WHERE k.giver_id = p.id AND k.created_at >= @start AND k.created_at < @end))
            """), reader => (Recognised: reader.GetInt32(0), Givers: reader.GetInt32(1)), cancellationToken, parameters);
        var byValue = dataSource.QueryAsync(population.With("""
            SELECT r.company_value, count(*)::int FROM kudos_recipients r JOIN population p ON p.id = r.recipient_id
            WHERE r.created_at >= @start AND r.created_at < @end GROUP BY 1 ORDER BY 2 DESC, 1
            """), reader => new CountBy(reader.GetString(0), reader.GetInt32(1)), cancellationToken, parameters);
        var flows = dataSource.QueryAsync(population.With("""
            SELECT g.team_id, p.team_id, count(*)::int
            FROM kudos_recipients r JOIN population p ON p.id = r.recipient_id JOIN employees g ON g.id = r.giver_id
            WHERE r.created_at >= @start AND r.created_at < @end GROUP BY 1, 2
            """), reader => (From: reader.Nullable<Guid>(0), To: reader.Nullable<Guid>(1), Count: reader.GetInt32(2)), cancellationToken, parameters);
        var teams = dataSource.QueryAsync("SELECT id, name FROM teams", reader => (Id: reader.GetGuid(0), Name: reader.GetString(1)), cancellationToken);
        var checkIns = CheckInsAsync(population, period, cancellationToken);
        var enps = EnpsAsync(population, period, now, cancellationToken);
        var latestPulse = dataSource.QueryAsync(population.With("""
            SELECT (SELECT count(*)::int FROM pulse_participants x JOIN population p ON p.id = x.employee_id WHERE x.round_id = r.id)
            FROM pulse_rounds r WHERE r.opens_at >= @start AND r.opens_at < @end AND r.opens_at <= @now ORDER BY r.opens_at DESC LIMIT 1
            """), reader => reader.GetInt32(0), cancellationToken, [.. parameters, ("now", now)]);
        var ideas = IdeasAsync(population, period, company, now, cancellationToken);
        var adherence = AdherenceAsync(population, period, now, byManager: true, cancellationToken);
        await Task.WhenAll(recognition, totals, byValue, flows, teams, checkIns, enps, latestPulse, ideas, adherence);

        var headcount = population.Count;
        var (recognised, givers) = totals.Result.Single();
        var submitted = checkIns.Result.Sum(week => week.Submitted);
        return new HrDashboard(period, headcount, recognition.Result.Sum(point => point.Received), recognised, Share(recognised, headcount), recognition.Result,
            byValue.Result, Flows(flows.Result, teams.Result.ToDictionary(team => team.Id, team => team.Name)), ideas.Result, enps.Result, adherence.Result,
            new Participation(Share(submitted, headcount * checkIns.Result.Count), Share(givers, headcount),
                latestPulse.Result.Count == 0 ? null : Share(latestPulse.Result[0], headcount)));
    }

    /// <summary>Finds who the population is once, so each later read joins a list instead of walking the organisation chart again.</summary>
    private async Task<Population> ResolveAsync(Population population, CancellationToken cancellationToken)
    {
        var members = await dataSource.QueryAsync(population.With("SELECT id FROM population"), reader => reader.GetGuid(0), cancellationToken,
            population.Parameters);
        return population.Of([.. members]);
    }

    /// <summary>
    /// Kudos between teams for a heat map people can read: the <see cref="MaxFlowTeams"/> teams with the most kudos
    /// given or received keep their names, the others are summed as "Other teams".
    /// </summary>
    private static IReadOnlyList<NetworkCell> Flows(IReadOnlyList<(Guid? From, Guid? To, int Count)> flows, IReadOnlyDictionary<Guid, string> teamNames)
    {
        var busiest = flows.SelectMany(flow => new[] { (Team: flow.From, flow.Count), (Team: flow.To, flow.Count) })
            .GroupBy(end => end.Team).OrderByDescending(team => team.Sum(end => end.Count)).Take(MaxFlowTeams).Select(team => team.Key).ToHashSet();
        string Name(Guid? team) => !busiest.Contains(team) ? OtherTeams : team is { } id ? teamNames.GetValueOrDefault(id, NoTeam) : NoTeam;
        return [.. flows.GroupBy(flow => (From: Name(flow.From), To: Name(flow.To)))
            .Select(cell => new NetworkCell(cell.Key.From, cell.Key.To, cell.Sum(flow => flow.Count)))
            .OrderBy(cell => cell.From == OtherTeams).ThenBy(cell => cell.From).ThenBy(cell => cell.To == OtherTeams).ThenBy(cell => cell.To)];
    }

    private async Task<(CompanyProfile Company, InsightsPeriod Period, DateTimeOffset Now)> ScopeAsync(DateOnly? from, DateOnly? to)
    {
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(Caller.System);
        var now = time.GetUtcNow();
        return (company, InsightsPeriod.Resolve(from, to, company.TimeZone, now), now);
    }

    private static (string, object?)[] PeriodParameters(InsightsPeriod period) =>
        [("start", period.Start), ("end", period.End), ("bucket", period.Bucket), ("zone", period.TimeZone)];

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private async Task<IReadOnlyList<RecognitionPoint>> RecognitionAsync(
        Population population, InsightsPeriod period, CancellationToken cancellationToken)
    {
        var points = (await dataSource.QueryAsync(population.With("""
            , received AS (
                SELECT date_trunc(@bucket, r.created_at AT TIME ZONE @zone)::date AS bucket, count(*)::int AS kudos, count(DISTINCT r.recipient_id)::int AS people
                FROM kudos_recipients r JOIN population p ON p.id = r.recipient_id WHERE r.created_at >= @start AND r.created_at < @end GROUP BY 1
            ), given AS (
                SELECT date_trunc(@bucket, k.created_at AT TIME ZONE @zone)::date AS bucket, count(*)::int AS kudos
                FROM kudos k JOIN population p ON p.id = k.giver_id WHERE k.created_at >= @start AND k.created_at < @end GROUP BY 1
            )
            SELECT coalesce(r.bucket, g.bucket), coalesce(g.kudos, 0), coalesce(r.kudos, 0), coalesce(r.people, 0)
            FROM received r FULL JOIN given g ON g.bucket = r.bucket
            """), reader => new RecognitionPoint(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)),
            cancellationToken, [.. population.Parameters, .. PeriodParameters(period)])).ToDictionary(point => point.Start);
        return [.. period.Buckets.Select(bucket => points.GetValueOrDefault(bucket) ?? new RecognitionPoint(bucket, 0, 0, 0))];
    }

    private async Task<IReadOnlyList<PersonRecognition>> ByPersonAsync(
        Population population, InsightsPeriod period, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync(population.With("""
            SELECT e.id, e.name, e.title,
                   (SELECT count(*)::int FROM kudos k WHERE k.giver_id = e.id AND k.created_at >= @start AND k.created_at < @end),
                   (SELECT count(*)::int FROM kudos_recipients r WHERE r.recipient_id = e.id AND r.created_at >= @start AND r.created_at < @end),
                   (SELECT max(r.created_at) FROM kudos_recipients r WHERE r.recipient_id = e.id)
            FROM population p JOIN employees e ON e.id = p.id ORDER BY e.name, e.id
            """), reader => new PersonRecognition(new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)), reader.GetInt32(3),
                reader.GetInt32(4), reader.Nullable<DateTimeOffset>(5)),
            cancellationToken, [.. population.Parameters, .. PeriodParameters(period)]);

    /// <summary>
    /// Weekly check-ins, and the average mood of what <see cref="Anonymity"/> lets the view count: each manager's
    /// direct reports are a group under the manager's own group, so a line is a sum of whole cells. Cells are worked
    /// out as for the whole company: for a line, nothing handed up past its manager counts, since above it the cell
    /// would take in people from outside the line.
    /// </summary>
    private async Task<IReadOnlyList<CheckInWeek>> CheckInsAsync(
        Population population, InsightsPeriod period, CancellationToken cancellationToken)
    {
        var weeks = period.Weeks;
        if (weeks.Count == 0)
        {
            return [];
        }

        var groups = dataSource.QueryAsync(population.With($"""
            SELECT c.week, e.manager_id, count(*)::int, sum(c.mood)::int, count(p.id)::int
            FROM check_ins c JOIN employees e ON e.id = c.employee_id AND e.active LEFT JOIN population p ON p.id = c.employee_id
            WHERE c.week >= @first AND c.week <= @last {(population.LineManager is null ? "" : "AND p.id IS NOT NULL")}
            GROUP BY 1, 2
            """), reader => (Week: reader.GetFieldValue<DateOnly>(0), Group: reader.Nullable<Guid>(1) ?? Anonymity.Ungrouped, Count: reader.GetInt32(2),
                MoodSum: reader.GetInt32(3), InView: reader.GetInt32(4)),
            cancellationToken, [.. population.Parameters, ("first", weeks[0]), ("last", weeks[^1])]);
        var managers = dataSource.QueryAsync("SELECT id, manager_id FROM employees", reader => (Id: reader.GetGuid(0), Manager: reader.Nullable<Guid>(1)),
            cancellationToken);
        await Task.WhenAll(groups, managers);
        var managerOf = managers.Result.ToDictionary(person => person.Id, person => person.Manager);
        Guid? ParentOf(Guid group) => group == Anonymity.Ungrouped || group == population.LineManager ? null
            : managerOf.GetValueOrDefault(group) ?? Anonymity.Ungrouped;

        var byWeek = groups.Result.ToLookup(group => group.Week);
        return [.. weeks.Select(week =>
        {
            var inWeek = byWeek[week].ToDictionary(group => group.Group);
            var counted = Anonymity.Cells(inWeek.ToDictionary(group => group.Key, group => group.Value.Count), ParentOf, MinimumAnswers)
                .Counted(group => inWeek[group].InView == inWeek[group].Count);
            var moods = inWeek.Values.Where(group => counted.Contains(group.Group)).ToList();
            var checkedIn = inWeek.Values.Sum(group => group.InView);
            return new CheckInWeek(week, checkedIn, population.Count,
                moods.Count == 0 ? null : Math.Round((double)moods.Sum(group => group.MoodSum) / moods.Sum(group => group.Count), 2));
        })];
    }

    private async Task<IReadOnlyList<ActionItemsByOwner>> ActionItemsAsync(
        Population population, DateTimeOffset now, CompanyProfile company, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync(population.With("""
            SELECT e.id, e.name, e.title, count(*)::int, count(*) FILTER (WHERE a.due_on < @today)::int
            FROM one_on_one_action_items a JOIN one_on_one_series s ON s.id = a.series_id JOIN population p ON p.id = s.report_id
            JOIN employees e ON e.id = a.owner_id
            WHERE a.done_at IS NULL GROUP BY e.id, e.name, e.title ORDER BY 5 DESC, 4 DESC, e.name
            """), reader => new ActionItemsByOwner(new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4)),
            cancellationToken, [.. population.Parameters, ("today", TimeZones.DateAt(now, company.TimeZone))]);

    /// <summary>
    /// Ideas submitted in the period by the population, with the business hours they waited for a first answer.
    /// Anonymous ideas belong to no team: only the unfiltered company view counts them.
    /// </summary>
    private async Task<IdeaSummary> IdeasAsync(
        Population population, InsightsPeriod period, CompanyProfile company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ideas = await dataSource.QueryAsync(population.With($"""
            SELECT i.id, i.title, i.status, i.created_at, i.first_response_at, a.id, a.name, a.title
            FROM ideas i LEFT JOIN employees a ON a.id = i.author_id
            WHERE i.created_at >= @start AND i.created_at < @end
              AND ({(population.Everyone ? "true" : "false")} OR i.author_id IN (SELECT id FROM population))
            ORDER BY i.created_at DESC
            """), reader => new IdeaAnswerTime(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(5) ? null : new EmployeeSummary(reader.GetGuid(5), reader.GetString(6), reader.GetString(7)),
                reader.GetFieldValue<DateTimeOffset>(3), reader.Nullable<DateTimeOffset>(4), null),
            cancellationToken, [.. population.Parameters, .. PeriodParameters(period)]);
        var timed = ideas.Select(idea => idea with
        {
            BusinessHoursToAnswer = idea.FirstResponseAt is { } answered ? Math.Round(BusinessHours.Between(idea.CreatedAt, answered, company.TimeZone).TotalHours, 1) : null,
        }).ToList();
        var hours = timed.Where(idea => idea.BusinessHoursToAnswer is not null).Select(idea => idea.BusinessHoursToAnswer!.Value).Order().ToList();
        var funnel = new[] { "NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED", "MERGED" }
            .Select(status => new CountBy(status, timed.Count(idea => idea.Status == status))).ToList();
        return new IdeaSummary(funnel, timed.Count, hours.Count, timed.Count - hours.Count, Percentile(hours, 0.5), Percentile(hours, 0.9),
            company.IdeaAnswerSlaHours, hours.Count == 0 ? null : Share(hours.Count(h => h <= company.IdeaAnswerSlaHours), hours.Count),
            [.. timed.Take(IdeaListSize)]);
    }

    private static double? Percentile(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? null : sorted[(int)Math.Ceiling(percentile * sorted.Count) - 1];

    /// <summary>
    /// eNPS per round opened in the period, once the round has closed and its answers are out. Teams are the groups of
    /// <see cref="Anonymity"/>, so only whole cells count in any view; a selection narrowed by level or time zone gets
    /// no eNPS, since it could cut through a team.
    /// </summary>
    private async Task<IReadOnlyList<EnpsPoint>> EnpsAsync(
        Population population, InsightsPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await dataSource.QueryAsync("""
            SELECT r.id, r.question, r.opens_at, r.released, a.team_id, count(a.id)::int, (count(a.id) FILTER (WHERE a.score >= 9))::int,
                   (count(a.id) FILTER (WHERE a.score <= 6))::int
            FROM pulse_rounds r LEFT JOIN pulse_answers a ON a.round_id = r.id
            WHERE r.opens_at >= @start AND r.opens_at < @end AND r.opens_at <= @now
            GROUP BY r.id, r.question, r.opens_at, r.released, a.team_id
            """, reader => (Round: reader.GetGuid(0), Question: reader.GetString(1), OpensAt: reader.GetFieldValue<DateTimeOffset>(2), Released: reader.GetBoolean(3),
                Team: reader.Nullable<Guid>(4), Answers: reader.GetInt32(5), Promoters: reader.GetInt32(6), Detractors: reader.GetInt32(7)),
            cancellationToken, [.. PeriodParameters(period), ("now", now)]);
        bool InView(Guid? team) => population.Everyone || (team is { } id && population.TeamIds.Contains(id));
        return [.. rows.GroupBy(row => (row.Round, row.Question, row.OpensAt, row.Released)).OrderBy(round => round.Key.OpensAt).Select(round =>
        {
            var teams = round.Where(team => team.Answers > 0).ToList();
            var countedTeams = Pulse.CountedTeams(teams.Select(team => (team.Team, team.Answers)), MinimumAnswers, InView);
            var counted = teams.Where(team => countedTeams.Contains(team.Team ?? Anonymity.Ungrouped)).ToList();
            var answers = counted.Sum(team => team.Answers);
            var leftOut = teams.Where(team => InView(team.Team)).Sum(team => team.Answers) - answers;
            string? withheld = !round.Key.Released
                ? "Results appear once the round has closed: figures that moved with every answer would show what the latest person answered."
                : !population.WholeTeams
                    ? "Survey results are shown for whole teams only: a level or time zone filter could single out one person."
                    : answers == 0
                        ? $"Withheld: no team in this selection reached {MinimumAnswers} answers, and smaller teams count only together, in the whole company's figure."
                        : null;
            var enps = withheld is null
                ? (int?)Math.Round(100.0 * (counted.Sum(team => team.Promoters) - counted.Sum(team => team.Detractors)) / answers)
                : null;
            return new EnpsPoint(round.Key.Round, round.Key.Question, round.Key.OpensAt, withheld is null ? answers : 0, enps, withheld is null ? leftOut : 0, withheld);
        })];
    }

    /// <summary>
    /// For each series of the population's reports: the meetings its schedule gave in the period that are over (skipped
    /// ones not counted) against those held. Counted in SQL; only the schedule's dates are worked out here.
    /// </summary>
    private async Task<IReadOnlyList<OneOnOneAdherence>> AdherenceAsync(
        Population population, InsightsPeriod period, DateTimeOffset now, bool byManager, CancellationToken cancellationToken)
    {
        var series = await dataSource.QueryAsync(population.With($"""
            SELECT {OneOnOneStore.SeriesColumns},
                   (SELECT max(x.held_at) FROM one_on_one_meetings x WHERE x.series_id = s.id AND x.status = 'HELD'),
                   (SELECT count(*)::int FROM one_on_one_meetings x WHERE x.series_id = s.id AND x.status = 'HELD' AND x.occurrence_date BETWEEN @from AND @to),
                   ARRAY(SELECT x.occurrence_date FROM one_on_one_meetings x WHERE x.series_id = s.id AND x.status = 'SKIPPED' AND x.occurrence_date BETWEEN @from AND @to)
            FROM one_on_one_series s JOIN population p ON p.id = s.report_id JOIN employees m ON m.id = s.manager_id JOIN employees r ON r.id = s.report_id
            WHERE r.manager_id = s.manager_id
            """), reader => (Series: OneOnOneStore.ReadSeries(reader) with { LastHeldAt = reader.Nullable<DateTimeOffset>(13) },
                Held: reader.GetInt32(14), Skipped: reader.GetFieldValue<DateOnly[]>(15)),
            cancellationToken, [.. population.Parameters, ("from", period.From), ("to", period.To)]);
        // Meetings two days back are over in every time zone; only the last ones need their hour worked out.
        var surelyOver = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2);
        var perSeries = series.Select(row =>
        {
            var schedule = row.Series.Schedule;
            var due = schedule.DatesFrom(period.From).TakeWhile(date => date <= period.To)
                .TakeWhile(date => date <= surelyOver || schedule.StartOn(date) + schedule.Duration + SeriesView.Grace <= now)
                .Count(date => !row.Skipped.Contains(date));
            return (row.Series, Expected: Math.Max(due, row.Held), row.Held, Overdue: row.Series.IsOverdue(now));
        }).ToList();
        if (!byManager)
        {
            return [.. perSeries.OrderBy(row => row.Series.Report.Name).Select(row => new OneOnOneAdherence(row.Series.Manager, row.Series.Report, 1, row.Expected,
                row.Held, row.Expected == 0 ? null : Share(row.Held, row.Expected), row.Overdue ? 1 : 0))];
        }

        return [.. perSeries.GroupBy(row => row.Series.Manager).Select(group =>
        {
            var expected = group.Sum(row => row.Expected);
            var held = group.Sum(row => row.Held);
            return new OneOnOneAdherence(group.Key, null, group.Count(), expected, held, expected == 0 ? null : Share(held, expected), group.Count(row => row.Overdue));
        }).OrderBy(row => row.Rate ?? 1).ThenBy(row => row.Manager.Name)];
    }
}
