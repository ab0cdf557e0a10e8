using Engagement.Platform;

namespace Engagement.Features.Insights;

/// <summary>
/// The dates a dashboard covers, in company time: whole days from <see cref="From"/> to <see cref="To"/>, drawn in
/// weekly points up to <see cref="WeeklyUpToDays"/> days and monthly beyond.
/// </summary>
public sealed record InsightsPeriod(DateOnly From, DateOnly To, DateTimeOffset Start, DateTimeOffset End, string TimeZone, DateOnly Today)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 366;
    public const int WeeklyUpToDays = 120;

    public bool Weekly => To.DayNumber - From.DayNumber < WeeklyUpToDays;

    /// <summary>The PostgreSQL <c>date_trunc</c> field of a chart point.</summary>
    public string Bucket => Weekly ? "week" : "month";

    public IReadOnlyList<DateOnly> Buckets
    {
        get
        {
            var buckets = new List<DateOnly>();
            var first = Weekly ? Period.MondayOf(From) : new DateOnly(From.Year, From.Month, 1);
            for (var bucket = first; bucket <= To; bucket = Weekly ? bucket.AddDays(7) : bucket.AddMonths(1))
            {
                buckets.Add(bucket);
            }

            return buckets;
        }
    }

    /// <summary>
    /// The weeks (Mondays) of the period that are over by its last day: check-ins are weekly whatever the chart points
    /// are; a week still under way would read as people not checking in, and reads while it fills would show each new answer.
    /// </summary>
    public IReadOnlyList<DateOnly> Weeks
    {
        get
        {
            var weeks = new List<DateOnly>();
            for (var monday = Period.MondayOf(From); monday.AddDays(6) <= To && monday.AddDays(6) < Today; monday = monday.AddDays(7))
            {
                weeks.Add(monday);
            }

            return weeks;
        }
    }

    public static InsightsPeriod Resolve(DateOnly? from, DateOnly? to, string timeZone, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var today = TimeZones.DateAt(now, timeZone);
        var end = to ?? today;
        var start = from ?? end.AddDays(1 - DefaultDays);
        if (end > today || start > today)
        {
            throw new DomainException("INVALID_ARGUMENT", $"A dashboard shows what has happened: choose dates up to today ({today:yyyy-MM-dd}).");
        }

        if (start > end)
        {
            throw new DomainException("INVALID_ARGUMENT", "The period starts after it ends; swap the two dates.");
        }

        if (end.DayNumber - start.DayNumber >= MaxDays)
        {
            throw new DomainException("INVALID_ARGUMENT", $"Choose a period of at most {MaxDays} days.");
        }

        return new InsightsPeriod(start, end, Period.StartOf(start, zone), Period.StartOf(end.AddDays(1), zone), timeZone, today);
    }
}

/// <summary>
/// Whose activity a dashboard counts, as a SQL common table expression <c>population(id, team_id)</c> of active people:
/// a manager's whole reporting line (<see cref="LineManager"/> is that manager), or the company narrowed by team, level
/// and time zone.
/// </summary>
public sealed record Population(string Cte, (string, object?)[] Parameters, bool WholeTeams, IReadOnlyList<Guid> TeamIds, bool Everyone, Guid? LineManager)
{
    /// <summary>The people found, once <see cref="Of"/> has resolved the selection.</summary>
    public IReadOnlyList<Guid> Ids { get; private init; } = [];

    public int Count => Ids.Count;

    /// <summary>The same selection as a list of people and their teams, which later reads join instead of walking the chart again.</summary>
    public Population Of(Guid[] ids) => Everyone
        ? this with { Cte = "population AS (SELECT id, team_id FROM employees WHERE active)", Parameters = [], Ids = ids }
        : this with
        {
            // A list the planner sees the length of, so it joins a large line by hashing and a small team by index.
            Cte = "population AS (SELECT id, team_id FROM employees WHERE id = ANY(@members))",
            Parameters = [("members", ids)],
            Ids = ids,
        };

    /// <summary><c>depth(id, level)</c>: everyone's level in the organisation chart, 1 at the top.</summary>
    public const string Depth = """
        depth (id, level) AS (
            SELECT id, 1 FROM employees WHERE manager_id IS NULL
            UNION ALL
            SELECT e.id, d.level + 1 FROM employees e JOIN depth d ON e.manager_id = d.id WHERE d.level < 64
        )
        """;

    /// <summary>Everyone below a manager, at any depth.</summary>
    public static Population LineOf(Guid managerId) => new("""
        line (id, depth) AS (
            SELECT id, 1 FROM employees WHERE manager_id = @lineManager
            UNION ALL
            SELECT e.id, l.depth + 1 FROM employees e JOIN line l ON e.manager_id = l.id WHERE l.depth < 64
        ),
        population AS (SELECT e.id, e.team_id FROM employees e JOIN line USING (id) WHERE e.active)
        """, [("lineManager", managerId)], WholeTeams: false, [], Everyone: false, managerId);

    /// <summary>
    /// The company, narrowed by any of team, level (1 is the top of the organisation chart) and time zone. Only a
    /// selection of whole teams may show survey results: a level or a time zone could single out one person.
    /// </summary>
    public static Population Company(IReadOnlyList<Guid> teamIds, IReadOnlyList<int> levels, IReadOnlyList<string> timeZones) => new($"""
        {Depth},
        population AS (
            SELECT e.id, e.team_id FROM employees e JOIN depth d ON d.id = e.id
            WHERE e.active AND (cardinality(@teams) = 0 OR e.team_id = ANY(@teams))
              AND (cardinality(@levels) = 0 OR d.level = ANY(@levels)) AND (cardinality(@zones) = 0 OR e.time_zone = ANY(@zones))
        )
        """, [("teams", teamIds.ToArray()), ("levels", levels.ToArray()), ("zones", timeZones.ToArray())],
        WholeTeams: levels.Count == 0 && timeZones.Count == 0, teamIds, Everyone: teamIds.Count == 0 && levels.Count == 0 && timeZones.Count == 0,
        LineManager: null);

    public string With(string query) => $"WITH RECURSIVE {Cte} {query}";
}
