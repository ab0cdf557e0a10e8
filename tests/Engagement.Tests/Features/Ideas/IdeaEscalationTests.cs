using Engagement.Features.Ideas;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.Ideas;

[Collection(HostCollection.Name)]
public sealed class IdeaEscalationTests
{
    [Fact]
    public async Task An_overdue_idea_is_escalated_once_per_level_however_often_and_wherever_the_job_runs()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        var org = await TestOrg.SeedAsync(host, database);
        var author = await host.SignedInAsync(TestOrg.Employee);
        var id = (await host.GraphQLAsync("mutation ($input: IdeaInput!) { submitIdea(input: $input) { idea { id } } }", IdeaTests.Idea(), author))
            .DataOrThrow()["submitIdea"]!["idea"]!["id"]!.GetValue<string>();
        // Due long ago: past the first level (the owner's manager, the chief) and any further ones.
        await using (var overdue = database.DataSource.CreateCommand($"UPDATE ideas SET answer_due_at = now() - interval '30 days' WHERE id = '{id}'"))
        {
            await overdue.ExecuteNonQueryAsync();
        }

        var job = host.Services.GetRequiredService<IdeaAnswerEscalationJob>();
        var other = host.Services.GetRequiredService<IdeaAnswerEscalationJob>();
        await Task.WhenAll(job.RunAsync(CancellationToken.None), other.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));
        await job.RunAsync(CancellationToken.None);

        Assert.Equal(1L, await database.ScalarAsync<long>($"SELECT count(*) FROM idea_escalations WHERE idea_id = '{id}'"));
        Assert.Equal(org.IdOf(TestOrg.Chief), await database.ScalarAsync<Guid>($"SELECT escalated_to FROM idea_escalations WHERE idea_id = '{id}' AND level = 1"));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications WHERE kind = 'idea-escalated' AND recipient_id = '{org.IdOf(TestOrg.Chief)}'"));
        var idea = (await host.GraphQLAsync("query ($id: ID!) { idea(id: $id) { escalationLevel } }", new { id }, author)).DataOrThrow()["idea"]!;
        Assert.Equal(1, idea["escalationLevel"]!.GetValue<int>());

        // The chief it was raised to finds it in their queue and may answer it.
        var chief = await host.SignedInAsync(TestOrg.Chief);
        var queue = (await host.GraphQLAsync("{ ideasAwaitingMyAnswer { id canAnswer } }", client: chief)).DataOrThrow()["ideasAwaitingMyAnswer"]!.AsArray();
        Assert.True(queue.Single()!["canAnswer"]!.GetValue<bool>());
        var answered = await host.GraphQLAsync("mutation ($id: ID!) { moveIdea(id: $id, status: UNDER_REVIEW, response: \"Sorry for the wait\") { status } }",
            new { id }, chief);
        Assert.Equal("UNDER_REVIEW", answered.DataOrThrow()["moveIdea"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_answered_idea_is_never_escalated()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        await TestOrg.SeedAsync(host, database);
        var id = (await host.GraphQLAsync("mutation ($input: IdeaInput!) { submitIdea(input: $input) { idea { id } } }", IdeaTests.Idea(),
            await host.SignedInAsync(TestOrg.Employee))).DataOrThrow()["submitIdea"]!["idea"]!["id"]!.GetValue<string>();
        (await host.GraphQLAsync("mutation ($id: ID!) { moveIdea(id: $id, status: UNDER_REVIEW, response: \"On it\") { status } }", new { id },
            await host.SignedInAsync(TestOrg.TheirManager))).DataOrThrow();
        await using (var overdue = database.DataSource.CreateCommand($"UPDATE ideas SET answer_due_at = now() - interval '30 days' WHERE id = '{id}'"))
        {
            await overdue.ExecuteNonQueryAsync();
        }

        await host.Services.GetRequiredService<IdeaAnswerEscalationJob>().RunAsync(CancellationToken.None);

        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM idea_escalations"));
    }
}
