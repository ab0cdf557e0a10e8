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
/// Manager and HR dashboards, read from PostgreSQL aggregates (no grain is activated). Survey answers count only
/// through whole teams that each reach the privacy threshold, so no filter and no difference between two filters can
/// isolate a person's answer; a selection narrowed by level or time zone shows no survey results at all.
/// </summary>
public sealed class Dashboards(NpgsqlDataSource dataSource, IGrainFactory grains, PeopleQueries people, OneOnOneStore oneOnOnes, TimeProvider time)
{
    public static readonly int[] NotRecognisedDays = [30, 60, 90];
    public const int MinimumAnswers = Pulse.MinimumAnswers;
    public const int MinimumComments = Pulse.MinimumComments;
    private const int IdeaListSize = 50;

    public async Task<ManagerDashboard> ManagerAsync(Caller caller, Guid? managerId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var manager = managerId ?? me;
        if (manager != me && !caller.IsHrAdmin && !await people.IsAboveAsync(me, manager, cancellationToken))
        {
            throw Caller.Forbidden("You can see the dashboard of your own reporting line only.");
        }

        var (company, period, now) = await ScopeAsync(from, to);
        var population = Population.LineOf(manager);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var summary = (await connection.QueryAsync("SELECT id, name, title FROM employees WHERE id = @id AND active",
            reader => new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)), cancellationToken, ("id", manager))).SingleOrDefault()
            ?? throw new DomainException("NOT_FOUND", "This manager does not exist.");
        var members = await MembersAsync(connection, population, cancellationToken);
        if (members.Length == 0)
        {
            throw Caller.Forbidden($"{summary.Name} has no reports, so there is no team dashboard.");
        }

        var byPerson = await ByPersonAsync(connection, population, period, cancellationToken);
        var notRecognised = NotRecognisedDays.Select(days => new NotRecognised(days,
            [.. byPerson.Where(person => person.LastRecognisedAt is not { } last || now - last > TimeSpan.FromDays(days))])).ToList();
        return new ManagerDashboard(summary, period, members.Length, await RecognitionAsync(connection, population, period, cancellationToken), byPerson,
            notRecognised, await AdherenceAsync(members, period, now, byManager: false, cancellationToken),
            await CheckInsAsync(connection, population, period, members.Length, cancellationToken), await ActionItemsAsync(connection, population, now, company, cancellationToken),
            await IdeasAsync(connection, population, period, company, now, cancellationToken));
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
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var known = await connection.QueryAsync("SELECT id FROM teams WHERE id = ANY(@ids)", reader => reader.GetGuid(0), cancellationToken,
            ("ids", teamIds.Distinct().ToArray()));
        if (known.Count != teamIds.Distinct().Count())
        {
            throw new DomainException("NOT_FOUND", "A team in the filter does not exist; reload the list of teams.");
        }

        var population = Population.Company([.. teamIds.Distinct()], [.. levels.Distinct()], zones);
        var members = await MembersAsync(connection, population, cancellationToken);
        var recognition = await RecognitionAsync(connection, population, period, cancellationToken);
        var totals = (await connection.QueryAsync(population.With("""
            SELECT count(DISTINCT r.kudos_id)::int, count(DISTINCT r.recipient_id)::int,
                   (SELECT count(DISTINCT k.giver_id)::int FROM kudos k JOIN population g ON g.id = k.giver_id WHERE k.created_at >= @start AND k.created_at < @end)
            FROM kudos_recipients r JOIN population p ON p.id = r.recipient_id WHERE r.created_at >= @start AND r.created_at < @end
            """), reader => (Kudos: reader.GetInt32(0), Recognised: reader.GetInt32(1), Givers: reader.GetInt32(2)), cancellationToken,
            [.. population.Parameters, .. PeriodParameters(period)])).Single();
        var byValue = await connection.QueryAsync(population.With("""
            SELECT k.company_value, count(DISTINCT k.id)::int FROM kudos k JOIN kudos_recipients r ON r.kudos_id = k.id JOIN population p ON p.id = r.recipient_id
            WHERE r.created_at >= @start AND r.created_at < @end GROUP BY 1 ORDER BY 2 DESC, 1
            """), reader => new CountBy(reader.GetString(0), reader.GetInt32(1)), cancellationToken, [.. population.Parameters, .. PeriodParameters(period)]);
        var network = await connection.QueryAsync(population.With("""
            SELECT coalesce(gt.name, 'No team'), coalesce(rt.name, 'No team'), count(*)::int
            FROM kudos_recipients r JOIN population p ON p.id = r.recipient_id JOIN kudos k ON k.id = r.kudos_id JOIN employees g ON g.id = k.giver_id
            LEFT JOIN teams gt ON gt.id = g.team_id LEFT JOIN teams rt ON rt.id = p.team_id
            WHERE r.created_at >= @start AND r.created_at < @end GROUP BY 1, 2 ORDER BY 1, 2
            """), reader => new NetworkCell(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)), cancellationToken,
            [.. population.Parameters, .. PeriodParameters(period)]);
        var checkIns = await CheckInsAsync(connection, population, period, members.Length, cancellationToken);
        var enps = await EnpsAsync(connection, population, period, now, cancellationToken);
        var latestPulse = await connection.QueryAsync(population.With("""
            SELECT (SELECT count(*)::int FROM pulse_participants x JOIN population p ON p.id = x.employee_id WHERE x.round_id = r.id)
            FROM pulse_rounds r WHERE r.opens_at >= @start AND r.opens_at < @end AND r.opens_at <= @now ORDER BY r.opens_at DESC LIMIT 1
            """), reader => reader.GetInt32(0), cancellationToken, [.. population.Parameters, .. PeriodParameters(period), ("now", now)]);
        var headcount = members.Length;
        return new HrDashboard(period, headcount, totals.Kudos, totals.Recognised, Share(totals.Recognised, headcount), recognition, byValue, network,
            await IdeasAsync(connection, population, period, company, now, cancellationToken), enps,
            await AdherenceAsync(members, period, now, byManager: true, cancellationToken),
            new Participation(Share(checkIns.Sum(week => week.Submitted), headcount * checkIns.Count), Share(totals.Givers, headcount),
                latestPulse.Count == 0 ? null : Share(latestPulse[0], headcount)));
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

    private static async Task<Guid[]> MembersAsync(NpgsqlConnection connection, Population population, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync(population.With("SELECT id FROM population"), reader => reader.GetGuid(0), cancellationToken, population.Parameters)];

    private static async Task<IReadOnlyList<RecognitionPoint>> RecognitionAsync(
        NpgsqlConnection connection, Population population, InsightsPeriod period, CancellationToken cancellationToken)
    {
        var points = (await connection.QueryAsync(population.With("""
            , received AS (
                SELECT date_trunc(@bucket, r.created_at AT TIME ZONE @zone)::date AS bucket, count(DISTINCT r.kudos_id)::int AS kudos,
                       count(DISTINCT r.recipient_id)::int AS people
                FROM kudos_recipients r JOIN population p ON p.id = r.recipient_id WHERE r.created_at >= @start AND r.created_at < @end GROUP BY 1
            ), given AS (
                SELECT date_trunc(@bucket, k.created_at AT TIME ZONE @zone)::date AS bucket, count(*)::int AS kudos
                FROM kudos k JOIN population p ON p.id = k.giver_id WHERE k.created_at >= @start AND k.created_at < @end GROUP BY 1
            )
            SELECT coalesce(r.bucket, g.bucket), coalesce(g.kudos, 0), coalesce(r.kudos, 0), coalesce(r.people, 0) FROM received r FULL JOIN given g ON g.bucket = r.bucket
            """), reader => new RecognitionPoint(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)),
            cancellationToken, [.. population.Parameters, .. PeriodParameters(period)])).ToDictionary(point => point.Start);
        return [.. period.Buckets.Select(bucket => points.GetValueOrDefault(bucket) ?? new RecognitionPoint(bucket, 0, 0, 0))];
    }

    private static async Task<IReadOnlyList<PersonRecognition>> ByPersonAsync(
        NpgsqlConnection connection, Population population, InsightsPeriod period, CancellationToken cancellationToken) =>
        await connection.QueryAsync(population.With("""
            SELECT e.id, e.name, e.title,
                   (SELECT count(*)::int FROM kudos k WHERE k.giver_id = e.id AND k.created_at >= @start AND k.created_at < @end),
                   (SELECT count(*)::int FROM kudos_recipients r WHERE r.recipient_id = e.id AND r.created_at >= @start AND r.created_at < @end),
                   (SELECT max(r.created_at) FROM kudos_recipients r WHERE r.recipient_id = e.id)
            FROM population p JOIN employees e ON e.id = p.id ORDER BY e.name, e.id
            """), reader => new PersonRecognition(new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)), reader.GetInt32(3),
                reader.GetInt32(4), reader.Nullable<DateTimeOffset>(5)),
            cancellationToken, [.. population.Parameters, .. PeriodParameters(period)]);

    /// <summary>Weekly check-ins; the average mood of a week shows from <see cref="MinimumAnswers"/> check-ins.</summary>
    private static async Task<IReadOnlyList<CheckInWeek>> CheckInsAsync(
        NpgsqlConnection connection, Population population, InsightsPeriod period, int headcount, CancellationToken cancellationToken)
    {
        var weeks = period.Weeks;
        var counted = (await connection.QueryAsync(population.With("""
            SELECT c.week, count(*)::int, avg(c.mood)::float8 FROM check_ins c JOIN population p ON p.id = c.employee_id
            WHERE c.week >= @first AND c.week <= @last GROUP BY 1
            """), reader => (Week: reader.GetFieldValue<DateOnly>(0), Count: reader.GetInt32(1), Mood: reader.GetDouble(2)), cancellationToken,
            [.. population.Parameters, ("first", weeks[0]), ("last", weeks[^1])])).ToDictionary(row => row.Week);
        return [.. weeks.Select(week => counted.TryGetValue(week, out var row)
            ? new CheckInWeek(week, row.Count, headcount, row.Count >= MinimumAnswers ? Math.Round(row.Mood, 2) : null)
            : new CheckInWeek(week, 0, headcount, null))];
    }

    private static async Task<IReadOnlyList<ActionItemsByOwner>> ActionItemsAsync(
        NpgsqlConnection connection, Population population, DateTimeOffset now, CompanyProfile company, CancellationToken cancellationToken) =>
        await connection.QueryAsync(population.With("""
            SELECT e.id, e.name, e.title, count(*)::int, count(*) FILTER (WHERE a.due_on < @today)::int
            FROM one_on_one_action_items a JOIN one_on_one_series s ON s.id = a.series_id JOIN population p ON p.id = s.report_id
            JOIN employees e ON e.id = a.owner_id
            WHERE a.done_at IS NULL GROUP BY e.id, e.name, e.title ORDER BY 5 DESC, 4 DESC, e.name
            """), reader => new ActionItemsByOwner(new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4)),
            cancellationToken, [.. population.Parameters, ("today", DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(company.TimeZone)).DateTime))]);

    /// <summary>
    /// Ideas submitted in the period by the population, with the business hours they waited for a first answer.
    /// Anonymous ideas belong to no team: only the unfiltered company view counts them.
    /// </summary>
    private static async Task<IdeaSummary> IdeasAsync(
        NpgsqlConnection connection, Population population, InsightsPeriod period, CompanyProfile company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ideas = await connection.QueryAsync(population.With($"""
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
    /// eNPS per round opened in the period. Only teams that reached <see cref="MinimumAnswers"/> answers in a round
    /// count, in every view; a selection narrowed by level or time zone gets no eNPS, since it could leave out one person.
    /// </summary>
    private static async Task<IReadOnlyList<EnpsPoint>> EnpsAsync(
        NpgsqlConnection connection, Population population, InsightsPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync("""
            SELECT r.id, r.question, r.opens_at, a.team_id, count(a.id)::int, (count(a.id) FILTER (WHERE a.score >= 9))::int,
                   (count(a.id) FILTER (WHERE a.score <= 6))::int
            FROM pulse_rounds r LEFT JOIN pulse_answers a ON a.round_id = r.id
            WHERE r.opens_at >= @start AND r.opens_at < @end AND r.opens_at <= @now
            GROUP BY r.id, r.question, r.opens_at, a.team_id
            """, reader => (Round: reader.GetGuid(0), Question: reader.GetString(1), OpensAt: reader.GetFieldValue<DateTimeOffset>(2), Team: reader.Nullable<Guid>(3),
                Answers: reader.GetInt32(4), Promoters: reader.GetInt32(5), Detractors: reader.GetInt32(6)),
            cancellationToken, [.. PeriodParameters(period), ("now", now)]);
        return [.. rows.GroupBy(row => (row.Round, row.Question, row.OpensAt)).OrderBy(round => round.Key.OpensAt).Select(round =>
        {
            var selected = round.Where(team => team.Answers > 0 && (population.Everyone || (team.Team is { } id && population.TeamIds.Contains(id)))).ToList();
            var counted = selected.Where(team => team.Answers >= MinimumAnswers).ToList();
            var answers = counted.Sum(team => team.Answers);
            var leftOut = selected.Sum(team => team.Answers) - answers;
            string? withheld = !population.WholeTeams
                ? "Survey results are shown for whole teams only: a level or time zone filter could single out one person."
                : answers < MinimumAnswers
                    ? $"Withheld: fewer than {MinimumAnswers} answers from teams that each reached {MinimumAnswers}."
                    : null;
            var enps = withheld is null
                ? (int?)Math.Round(100.0 * (counted.Sum(team => team.Promoters) - counted.Sum(team => team.Detractors)) / answers)
                : null;
            return new EnpsPoint(round.Key.Round, round.Key.Question, round.Key.OpensAt, withheld is null ? answers : 0, enps, withheld is null ? leftOut : 0, withheld);
        })];
    }

    /// <summary>
    /// For each series of the population's reports: the meetings its schedule gave in the period (skipped ones not
    /// counted, future ones not yet due) against those held.
    /// </summary>
    private async Task<IReadOnlyList<OneOnOneAdherence>> AdherenceAsync(
        Guid[] members, InsightsPeriod period, DateTimeOffset now, bool byManager, CancellationToken cancellationToken)
    {
        var series = await oneOnOnes.SeriesAsync("s.report_id = ANY(@members) AND r.manager_id = s.manager_id AND r.active", period.From, cancellationToken,
            ("members", members));
        var perSeries = series.Select(s =>
        {
            var due = s.Schedule.DatesFrom(period.From).TakeWhile(date => date <= period.To).Select(date => s.Meeting(date, now))
                .Count(meeting => meeting.EndsAt <= now && meeting.Status is OneOnOneStatus.Held or OneOnOneStatus.Missed);
            var held = s.Rows.Values.Count(row => row.Status == OneOnOneStatus.Held && row.Date >= period.From && row.Date <= period.To);
            return (Series: s, Expected: Math.Max(due, held), Held: held, Overdue: s.IsOverdue(now));
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
