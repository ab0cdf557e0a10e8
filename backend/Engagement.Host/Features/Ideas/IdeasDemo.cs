using Bogus;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Ideas;

/// <summary>
/// Ideas for the demo organisation in every status, with votes, comments and believable answer times, created
/// through the idea grains (so they obey the workflow) and then dated back over the last months.
/// </summary>
public sealed class IdeasDemo(IGrainFactory grains, IdeaStore ideas, NpgsqlDataSource dataSource)
{
    private static readonly (string Title, string Problem, string Proposal, string Category)[] Suggestions =
    [
        ("Self-service returns kiosk", "Customers queue up to 20 minutes to return an item on Saturdays.", "Put a returns kiosk by the entrance that prints the label and refund slip.", "Customer experience"),
        ("Shared macro library for support replies", "Everyone writes the same answers from scratch; tone and facts drift.", "Keep reviewed reply macros in the help desk, owned by the team leads.", "Tools & systems"),
        ("Quiet room for focus work", "The open floor is loud all day; deep work happens after hours.", "Turn the small meeting room into a bookable quiet room.", "Workplace & safety"),
        ("Stock alerts before we run out", "We discover empty shelves when customers ask.", "Send an alert when stock falls under two days of average sales.", "Process"),
        ("Callback instead of hold music", "Callers hang up after 8 minutes on hold and call again.", "Offer a callback when the wait is over 3 minutes.", "Customer experience"),
        ("Bike parking behind the store", "Staff lock bikes to the railing by the fire exit.", "Install a covered bike rack in the yard.", "Workplace & safety"),
        ("One-page onboarding checklist", "New starters get different instructions from every colleague.", "Agree on one checklist per role and keep it in the portal.", "Process"),
        ("Show delivery slots at checkout", "Customers order, then call to ask when it will arrive.", "Show the next three delivery slots before payment.", "Products & services"),
        ("Rotate the weekend on-call fairly", "The same three people always cover weekends.", "Publish a rotation a quarter ahead, with swaps allowed.", "Process"),
        ("Plain-language invoices", "Half of billing calls are about what a line on the invoice means.", "Rewrite invoice lines in plain language with a short glossary.", "Customer experience"),
        ("Spare phone chargers at every desk", "Field staff leave with half-charged phones.", "Keep two universal chargers at each hot desk.", "Workplace & safety"),
        ("Monthly customer story at the all-hands", "Back-office teams rarely hear from customers.", "Open each all-hands with a five-minute customer story.", "Other"),
    ];

    private static readonly (IdeaStatus To, string Response)[][] Roads =
    [
        [],
        [(IdeaStatus.UnderReview, "Thanks, this is a real pain point. We are checking cost and space with facilities.")],
        [(IdeaStatus.UnderReview, "Good catch, looking into it."), (IdeaStatus.Planned, "Approved for next quarter; we will share the plan here.")],
        [(IdeaStatus.Planned, "Yes, let's do it."), (IdeaStatus.InProgress, "Work has started; first version in two weeks.")],
        [(IdeaStatus.UnderReview, "Reviewing."), (IdeaStatus.Planned, "Planned."), (IdeaStatus.InProgress, "Started."), (IdeaStatus.Done, "Live in every store since Monday. Thank you!")],
        [(IdeaStatus.Declined, "Thank you. We cannot do this now because the lease forbids changes to the yard; we will revisit at renewal.")],
    ];

    public async Task CreateAsync(int seed, CancellationToken cancellationToken)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var people = await dataSource.QueryAsync("SELECT id, manager_id, is_hr_admin FROM employees WHERE active ORDER BY email",
            reader => (Id: reader.GetGuid(0), Manager: reader.Nullable<Guid>(1), IsHrAdmin: reader.GetBoolean(2)), cancellationToken);
        var hrAdmin = people.First(person => person.IsHrAdmin);
        var authors = people.Where(person => person.Manager is not null).ToList();
        var created = new List<(Guid Id, int DaysAgo)>();
        for (var i = 0; i < Suggestions.Length; i++)
        {
            var (title, problem, proposal, category) = Suggestions[i];
            var author = faker.PickRandom(authors);
            var anonymous = i % 5 == 4;
            var id = Guid.NewGuid();
            await grains.GetGrain<IIdeaGrain>(id).Submit(Caller.Employee(author.Id, false), new IdeaDraft(title, problem, proposal, category, anonymous), null);
            foreach (var voter in faker.Random.ListItems(people, faker.Random.Int(0, 25)))
            {
                await grains.GetGrain<IIdeaGrain>(id).Vote(Caller.Employee(voter.Id, false));
            }

            var answerer = anonymous || author.Manager is null ? Caller.Employee(hrAdmin.Id, true) : Caller.Employee(author.Manager.Value, false);
            foreach (var (to, response) in Roads[i % Roads.Length])
            {
                await grains.GetGrain<IIdeaGrain>(id).Move(answerer, to, response, null);
            }

            foreach (var commenter in faker.Random.ListItems(people, faker.Random.Int(0, 3)))
            {
                await ideas.CommentAsync(commenter.Id, id, faker.PickRandom("Yes please!", "This would save me an hour a week.",
                    "We tried something similar at my last company and it worked.", "What would it cost?"), cancellationToken);
            }

            created.Add((id, faker.Random.Int(2, 120)));
        }

        // Back-date everything: ideas over four months, each answer a few hours to a few days after the one before.
        foreach (var (id, daysAgo) in created)
        {
            await dataSource.ExecuteAsync("""
                WITH shifted AS (
                    SELECT r.id, i.created_at - make_interval(days => @days) + make_interval(hours => 3 + 9 * (row_number() OVER (ORDER BY r.created_at))::int) AS at
                    FROM idea_responses r JOIN ideas i ON i.id = r.idea_id WHERE r.idea_id = @id
                )
                UPDATE idea_responses r SET created_at = shifted.at FROM shifted WHERE r.id = shifted.id;
                UPDATE idea_comments SET created_at = created_at - make_interval(days => @days) + interval '1 day' WHERE idea_id = @id;
                UPDATE idea_votes SET created_at = created_at - make_interval(days => @days) + interval '2 hours' WHERE idea_id = @id;
                UPDATE ideas SET created_at = created_at - make_interval(days => @days),
                                 answer_due_at = answer_due_at - make_interval(days => @days),
                                 first_response_at = (SELECT min(created_at) FROM idea_responses WHERE idea_id = @id)
                WHERE id = @id;
                """, cancellationToken, ("id", id), ("days", daysAgo));
        }
    }
}
