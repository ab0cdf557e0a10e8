using Bogus;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

/// <summary>
/// Months of the demo organisation's feedback life: weekly check-ins with replies, feedback between teammates, and
/// past eNPS rounds answered by most people. Written straight to the tables with the same shapes the features write.
/// </summary>
public sealed class FeedbackDemo(NpgsqlDataSource dataSource, TimeProvider time)
{
    private static readonly string[] Wins = ["Closed the backlog of returns", "Onboarded a new starter", "Fixed the flaky printer for good", "Great customer call on Tuesday", "Shipped the new FAQ page"];
    private static readonly string[] Blockers = ["", "", "", "Waiting on IT for a laptop", "Unclear who owns the supplier contract", "Short-staffed on Saturday"];
    private static readonly string[] Priorities = ["Finish the stock count", "Prepare the quarterly review", "Train the new starter on the till", "Clean up the shared drive"];
    private static readonly string[] Notes = ["Your summary in the team meeting made the plan clear for everyone.", "Thanks for jumping on the escalation so fast.", "Next time, share the draft earlier so we can help.", "The way you handled that customer was a lesson for me."];

    public async Task CreateAsync(int seed, CancellationToken cancellationToken)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var now = time.GetUtcNow();
        var people = await dataSource.QueryAsync("SELECT id, manager_id, team_id FROM employees WHERE active ORDER BY email",
            reader => (Id: reader.GetGuid(0), Manager: reader.Nullable<Guid>(1), Team: reader.Nullable<Guid>(2)), cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var thisMonday = Period.Week(now, "UTC").Monday;
        foreach (var weeksAgo in Enumerable.Range(1, 8))
        {
            var week = thisMonday.AddDays(-7 * weeksAgo);
            foreach (var person in people.Where(_ => faker.Random.Bool(0.8f)))
            {
                var submitted = new DateTimeOffset(week.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero).AddDays(4);
                var id = Guid.NewGuid();
                await connection.ExecuteAsync("""
                    INSERT INTO check_ins (id, employee_id, week, mood, wins, blockers, priorities, submitted_at)
                    VALUES (@id, @employee, @week, @mood, @wins, @blockers, @priorities, @at)
                    """, cancellationToken, ("id", id), ("employee", person.Id), ("week", week), ("mood", (short)faker.Random.WeightedRandom([2, 3, 4, 5], [0.1f, 0.3f, 0.4f, 0.2f])),
                    ("wins", faker.PickRandom(Wins)), ("blockers", faker.PickRandom(Blockers)), ("priorities", faker.PickRandom(Priorities)), ("at", submitted));
                if (person.Manager is { } manager && faker.Random.Bool(0.6f))
                {
                    await connection.ExecuteAsync("INSERT INTO check_in_replies (id, check_in_id, author_id, text, created_at) VALUES (gen_random_uuid(), @id, @manager, @text, @at)",
                        cancellationToken, ("id", id), ("manager", manager), ("text", faker.PickRandom("Thanks, great week!", "Let's talk about this in our 1:1.", "I'll chase IT today.")),
                        ("at", submitted.AddHours(20)));
                }
            }
        }

        foreach (var author in people.Where(_ => faker.Random.Bool(0.3f)))
        {
            var teammates = people.Where(p => p.Team == author.Team && p.Id != author.Id).ToList();
            if (teammates.Count > 0)
            {
                await connection.ExecuteAsync("""
                    INSERT INTO feedback (id, author_id, recipient_id, text, visibility, created_at) VALUES (gen_random_uuid(), @author, @recipient, @text, @visibility, @at)
                    """, cancellationToken, ("author", author.Id), ("recipient", faker.PickRandom(teammates).Id), ("text", faker.PickRandom(Notes)),
                    ("visibility", faker.Random.Bool(0.3f) ? "SHARED_WITH_MANAGER" : "PRIVATE"), ("at", now.AddDays(-faker.Random.Int(1, 90))));
            }
        }

        foreach (var monthsAgo in new[] { 3, 2, 1 })
        {
            var round = Guid.NewGuid();
            var opens = now.AddMonths(-monthsAgo);
            var answering = people.Where(_ => faker.Random.Bool(0.7f)).ToList();
            // Closed rounds, released as the pulse releases them: participation, then every answer shuffled in a statement of its own.
            await connection.ExecuteAsync("""
                INSERT INTO pulse_rounds (id, question, opens_at, closes_at, released) VALUES (@id, @question, @opens, @closes, true);
                INSERT INTO pulse_participants (round_id, employee_id) SELECT @id, unnest(@people);
                """, cancellationToken, ("id", round), ("question", Pulse.DefaultQuestion), ("opens", opens), ("closes", opens + Pulse.RoundLength),
                ("people", answering.Select(person => person.Id).ToArray()));
            await Pulse.WriteAnswersAsync(connection, round, answering.Select(person => new PulseAnswer(person.Team,
                faker.Random.WeightedRandom([3, 5, 6, 7, 8, 9, 10], [0.05f, 0.08f, 0.12f, 0.2f, 0.25f, 0.18f, 0.12f]),
                faker.Random.Bool(0.25f) ? faker.PickRandom("More flexible shifts please", "Great team, tired tools", "Love the recognition board", "Career paths are unclear") : null)),
                cancellationToken);
        }
    }
}
