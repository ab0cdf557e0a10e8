using System.Text.Json;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

public sealed record PulseRound(Guid Id, string Question, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool AnsweredByMe, int Answers);

/// <summary>One answer as it is stored: the team of whoever gave it, never the person.</summary>
public sealed record PulseAnswer(Guid? Team, int Score, string? Comment);

public sealed record PulseResults(
    PulseRound? Round, string? TeamName, int Answers, bool Shown, string Explanation,
    int? Enps, int? Promoters, int? Passives, int? Detractors, IReadOnlyList<string>? Comments);

/// <summary>
/// The eNPS pulse. Who answered is recorded at once, to refuse a second answer; what they answered waits sealed until
/// the round closes, then all of the round's answers are written in one transaction in random order, with their team
/// and nothing else, so no column, transaction id or position pairs an answer with a person. Results exist only for
/// closed rounds (nobody can watch them move answer by answer) and follow <see cref="Anonymity"/>: teams are cells of
/// their own from <see cref="MinimumAnswers"/> answers, smaller teams count only together, in the company figure.
/// </summary>
public sealed class Pulse(NpgsqlDataSource dataSource, AnswerSeal seal, TimeProvider time)
{
    public const int MinimumAnswers = Anonymity.MinimumScores;
    public const int MinimumComments = Anonymity.MinimumComments;
    public const int MaxCommentLength = 1_000;
    public const string DefaultQuestion = "How likely are you to recommend working here to a friend?";
    public static readonly TimeSpan RoundLength = TimeSpan.FromDays(7);

    private const string SelectRounds = """
        SELECT r.id, r.question, r.opens_at, r.closes_at,
               EXISTS (SELECT 1 FROM pulse_participants p WHERE p.round_id = r.id AND p.employee_id = @me),
               (SELECT count(*) FROM pulse_participants p WHERE p.round_id = r.id)::int
        FROM pulse_rounds r
        """;

    public async Task<PulseRound?> CurrentAsync(Caller caller, CancellationToken cancellationToken) =>
        (await dataSource.QueryAsync($"{SelectRounds} WHERE r.opens_at <= @now AND r.closes_at > @now ORDER BY r.opens_at DESC LIMIT 1", ReadRound,
            cancellationToken, ("me", caller.RequireSignedIn()), ("now", time.GetUtcNow()))).SingleOrDefault();

    public async Task<IReadOnlyList<PulseRound>> RoundsAsync(Caller caller, int first, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync($"{SelectRounds} ORDER BY r.opens_at DESC LIMIT @first", ReadRound, cancellationToken,
            ("me", caller.RequireSignedIn()), ("first", Math.Clamp(first, 1, 24)));

    public async Task<PulseRound> AnswerAsync(Caller caller, Guid roundId, int score, string? comment, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        if (score is < 0 or > 10)
        {
            throw new DomainException("SCORE_INVALID", "Answer with a score from 0 to 10.");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > MaxCommentLength)
        {
            throw new DomainException("TEXT_INVALID", $"Keep the comment to at most {MaxCommentLength} characters.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var open = await connection.ScalarAsync<bool?>("SELECT opens_at <= @now AND closes_at > @now FROM pulse_rounds WHERE id = @id", cancellationToken,
            ("id", roundId), ("now", time.GetUtcNow()));
        if (open is not true)
        {
            throw new DomainException(open is null ? "NOT_FOUND" : "PULSE_CLOSED", open is null ? "This pulse does not exist." : "This pulse has closed.");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var first = await connection.ExecuteAsync("INSERT INTO pulse_participants (round_id, employee_id) VALUES (@round, @me) ON CONFLICT DO NOTHING",
            cancellationToken, ("round", roundId), ("me", me));
        if (first == 0)
        {
            throw new DomainException("PULSE_ANSWERED", "You have already answered this pulse; thank you.");
        }

        // The answer keeps the team (for results by team), never the person, and stays sealed while it sits beside
        // the participation row written in this same transaction.
        var team = await connection.ScalarAsync<Guid?>("SELECT team_id FROM employees WHERE id = @me", cancellationToken, ("me", me));
        await connection.ExecuteAsync("INSERT INTO pulse_ballots (id, round_id, sealed) VALUES (gen_random_uuid(), @round, @sealed)", cancellationToken,
            ("round", roundId), ("sealed", seal.Seal(JsonSerializer.Serialize(new PulseAnswer(team, score, comment)))));
        await transaction.CommitAsync(cancellationToken);
        return (await connection.QueryAsync($"{SelectRounds} WHERE r.id = @id", ReadRound, cancellationToken, ("me", me), ("id", roundId))).Single();
    }

    /// <summary>
    /// Opens the sealed answers of every closed round and writes them in plain form, shuffled, in one transaction per
    /// round. Safe to run again or on two servers: a released round is skipped under its lock.
    /// </summary>
    public async Task<int> ReleaseClosedRoundsAsync(CancellationToken cancellationToken)
    {
        var closed = await dataSource.QueryAsync("SELECT id FROM pulse_rounds WHERE NOT released AND closes_at <= @now", reader => reader.GetGuid(0),
            cancellationToken, ("now", time.GetUtcNow()));
        foreach (var round in closed)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (await connection.ScalarAsync<bool>("SELECT released FROM pulse_rounds WHERE id = @round FOR UPDATE", cancellationToken, ("round", round)))
            {
                continue;
            }

            var ballots = await connection.QueryAsync("SELECT sealed FROM pulse_ballots WHERE round_id = @round",
                reader => JsonSerializer.Deserialize<PulseAnswer>(seal.Open(reader.GetFieldValue<byte[]>(0)))!, cancellationToken, ("round", round));
            await WriteAnswersAsync(connection, round, ballots, cancellationToken);
            await connection.ExecuteAsync("DELETE FROM pulse_ballots WHERE round_id = @round; UPDATE pulse_rounds SET released = true WHERE id = @round",
                cancellationToken, ("round", round));
            await transaction.CommitAsync(cancellationToken);
        }

        return closed.Count;
    }

    /// <summary>Writes a round's answers in plain form, in random order and in the caller's one transaction, with ids that carry no order.</summary>
    public static async Task WriteAnswersAsync(NpgsqlConnection connection, Guid round, IEnumerable<PulseAnswer> answers, CancellationToken cancellationToken)
    {
        var shuffled = AnswerSeal.Shuffled(answers);
        await connection.ExecuteAsync("""
            INSERT INTO pulse_answers (id, round_id, team_id, score, comment)
            SELECT gen_random_uuid(), @round, answer.team, answer.score, answer.comment
            FROM unnest(@teams, @scores, @comments) WITH ORDINALITY AS answer (team, score, comment, position) ORDER BY answer.position
            """, cancellationToken, ("round", round), ("teams", shuffled.Select(answer => answer.Team).ToArray()),
            ("scores", shuffled.Select(answer => (short)answer.Score).ToArray()), ("comments", shuffled.Select(answer => answer.Comment).ToArray()));
    }

    public async Task<PulseRound> OpenAsync(Caller caller, string? question, CancellationToken cancellationToken)
    {
        caller.RequireHrAdmin("open a pulse");
        return await OpenRoundAsync(caller, question, cancellationToken)
            ?? throw new DomainException("PULSE_OPEN", "A pulse is already open; wait until it closes.");
    }

    /// <summary>Opens a round unless one is open; null when one was. Safe to call from two servers at once.</summary>
    public async Task<PulseRound?> OpenRoundAsync(Caller caller, string? question, CancellationToken cancellationToken)
    {
        question = string.IsNullOrWhiteSpace(question) ? DefaultQuestion : FeedbackRules.CheckText(question, "question");
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended('pulse-rounds', 0))", cancellationToken);
        if (await connection.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pulse_rounds WHERE opens_at <= @now AND closes_at > @now)", cancellationToken, ("now", now)))
        {
            return null;
        }

        var id = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO pulse_rounds (id, question, opens_at, closes_at) VALUES (@id, @question, @now, @closes)",
            cancellationToken, ("id", id), ("question", question), ("now", now), ("closes", now + RoundLength));
        await transaction.CommitAsync(cancellationToken);
        return (await connection.QueryAsync($"{SelectRounds} WHERE r.id = @id", ReadRound, cancellationToken, ("me", caller.EmployeeId), ("id", id))).Single();
    }

    public async Task<int> SetCadenceAsync(Caller caller, int days, CancellationToken cancellationToken)
    {
        caller.RequireHrAdmin("set the pulse cadence");
        if (days is < 7 or > 90)
        {
            throw new DomainException("CADENCE_INVALID", "Run a pulse every 7 to 90 days.");
        }

        await dataSource.ExecuteAsync("UPDATE pulse_settings SET cadence_days = @days", cancellationToken, ("days", days));
        return days;
    }

    public Task<int> CadenceAsync(CancellationToken cancellationToken) => dataSource.ScalarAsync<int>("SELECT cadence_days FROM pulse_settings", cancellationToken);

    public async Task<PulseResults> ResultsAsync(Caller caller, Guid? roundId, Guid? teamId, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var round = (await connection.QueryAsync(
            $"{SelectRounds} WHERE (@round::uuid IS NULL OR r.id = @round) AND r.opens_at <= @now ORDER BY r.opens_at DESC LIMIT 1", ReadRound,
            cancellationToken, ("me", me), ("round", roundId), ("now", time.GetUtcNow()))).SingleOrDefault();
        if (round is null)
        {
            return new PulseResults(null, null, 0, false, "No pulse has run yet.", null, null, null, null, null);
        }

        var teamName = teamId is { } team ? await connection.ScalarAsync<string>("SELECT name FROM teams WHERE id = @team", cancellationToken, ("team", team))
            ?? throw new DomainException("NOT_FOUND", "This team does not exist.") : null;
        var who = teamName ?? "the company";
        if (!await connection.ScalarAsync<bool>("SELECT released FROM pulse_rounds WHERE id = @round", cancellationToken, ("round", round.Id)))
        {
            return Withheld(round, teamName, 0, round.ClosesAt > time.GetUtcNow()
                ? $"Results for {who} appear when this pulse closes on {round.ClosesAt:d MMMM} (UTC): figures that moved with every answer would show what the latest person answered."
                : $"Results for {who} appear in a few minutes, once the answers of this closed pulse have been shuffled and released.");
        }

        var answers = await connection.QueryAsync("SELECT team_id, score, comment FROM pulse_answers WHERE round_id = @round",
            reader => new PulseAnswer(reader.Nullable<Guid>(0), reader.GetInt16(1), reader.NullableString(2)), cancellationToken, ("round", round.Id));
        bool InView(Guid? group) => teamId is null || group == teamId;
        var inView = answers.Count(answer => InView(answer.Team));
        var counted = CountedAnswers(answers, InView, MinimumAnswers, _ => true);
        if (counted.Count == 0)
        {
            return Withheld(round, teamName, inView, teamName is null
                ? $"Results for the company appear once at least {MinimumAnswers} people have answered ({inView} answered)."
                : $"Results for {teamName} are not shown: its {inView} answers count only together with other small teams in the company's figure, "
                    + $"since a team shows on its own from {MinimumAnswers} answers.");
        }

        // Comments come only from answers that count somewhere: an answer left out of every score leaves its comment out too,
        // or the comment of a team of one would stand beside figures that plainly leave that team out.
        var reportable = CountedAnswers(answers, _ => true, MinimumAnswers, _ => true);
        var comments = CountedAnswers(reportable, InView, MinimumComments, answer => answer.Comment is not null).Select(answer => answer.Comment!).Order().ToList();
        var promoters = counted.Count(answer => answer.Score >= 9);
        var detractors = counted.Count(answer => answer.Score <= 6);
        var leftOut = inView - counted.Count;
        return new PulseResults(round, teamName, counted.Count, true,
            $"{counted.Count} answers." + (leftOut > 0 ? $" {leftOut} more from teams under {MinimumAnswers} answers are left out, so none of them can be worked out." : "")
                + (comments.Count == 0 ? $" Comments appear from groups of at least {MinimumComments} comments." : ""),
            (int)Math.Round(100.0 * (promoters - detractors) / counted.Count), promoters, counted.Count - promoters - detractors, detractors,
            comments.Count == 0 ? null : comments);
    }

    /// <summary>
    /// The teams whose answers a view may count for one measure (scores or comments): every team is a group directly
    /// under the company, and teams without a cell of their own count only together. Null is the group of people without a team.
    /// </summary>
    public static IReadOnlySet<Guid> CountedTeams(IEnumerable<(Guid? Team, int Answers)> answersByTeam, int minimum, Func<Guid?, bool> inView) =>
        Anonymity.Cells(answersByTeam.GroupBy(team => team.Team ?? Anonymity.Ungrouped).ToDictionary(team => team.Key, team => team.Sum(t => t.Answers)),
            _ => null, minimum).Counted(group => inView(group == Anonymity.Ungrouped ? null : group));

    private static List<PulseAnswer> CountedAnswers(IReadOnlyList<PulseAnswer> answers, Func<Guid?, bool> inView, int minimum, Func<PulseAnswer, bool> measured)
    {
        var measuredAnswers = answers.Where(measured).ToList();
        var counted = CountedTeams(measuredAnswers.Select(answer => (answer.Team, 1)), minimum, inView);
        return [.. measuredAnswers.Where(answer => counted.Contains(answer.Team ?? Anonymity.Ungrouped))];
    }

    private static PulseResults Withheld(PulseRound round, string? teamName, int answers, string explanation) =>
        new(round, teamName, answers, false, explanation, null, null, null, null, null);

    private static PulseRound ReadRound(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3),
        reader.GetBoolean(4), reader.GetInt32(5));
}
