using Engagement.Features.People;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Support;

/// <summary>
/// The smallest organisation the authorization rules need: a chief, an HR admin, two managers, the employee under
/// test with a peer, someone in the other team, and a spare person for temporary passwords. Everyone can sign in.
/// </summary>
public sealed class TestOrg
{
    public const string Password = "correct horse battery staple";
    public const string Chief = "chief@test.example";
    public const string HrAdmin = "hr@test.example";
    public const string TheirManager = "manager.a@test.example";
    public const string AnotherManager = "manager.b@test.example";
    public const string Employee = "employee@test.example";
    public const string Peer = "peer@test.example";
    public const string OtherTeam = "other@test.example";
    public const string Spare = "spare@test.example";
    public const string Locked = "locked@test.example";

    public static readonly IReadOnlyList<EmployeeRecord> People =
    [
        Person(Chief, "Cleo Chief", "Chief Executive Officer", "Leadership", null),
        Person(HrAdmin, "Hana Admin", "Head of People", "People", Chief, isHrAdmin: true),
        Person(TheirManager, "Mona Alpha", "Support Team Lead", "Support", Chief),
        Person(AnotherManager, "Marc Beta", "Sales Manager", "Sales", Chief),
        Person(Employee, "Ezra Employee", "Support Specialist", "Support", TheirManager),
        Person(Peer, "Pia Peer", "Support Specialist", "Support", TheirManager),
        Person(OtherTeam, "Otto Other", "Account Executive", "Sales", AnotherManager),
        Person(Spare, "Sam Spare", "Account Executive", "Sales", AnotherManager),
        Person(Locked, "Lou Locked", "Account Executive", "Sales", AnotherManager),
    ];

    private readonly Dictionary<string, Guid> _ids;

    private TestOrg(Dictionary<string, Guid> ids) => _ids = ids;

    public Guid IdOf(string email) => _ids[email];

    public static async Task<TestOrg> SeedAsync(TestHost host, TestDatabase database)
    {
        await host.Services.GetRequiredService<Organisation>().ApplyAsync(People, _ => Task.CompletedTask, CancellationToken.None);
        var ids = new Dictionary<string, Guid>();
        var accounts = host.Services.GetRequiredService<Accounts>();
        foreach (var person in People)
        {
            ids[person.Email] = await database.ScalarAsync<Guid>($"SELECT id FROM employees WHERE email = '{person.Email}'");
            await accounts.SetPasswordAsync(ids[person.Email], Password, mustChange: false, CancellationToken.None);
        }

        return new TestOrg(ids);
    }

    private static EmployeeRecord Person(string email, string name, string title, string team, string? manager, bool isHrAdmin = false) =>
        new(null, name, email, title, team, manager, "Europe/Paris", new DateOnly(2024, 3, 1), Active: true, isHrAdmin);
}
