using Engagement.Features.People;

namespace Engagement.Tests.Features.People;

public sealed class PeopleDemoTests
{
    [Fact]
    public void The_same_seed_gives_the_same_organisation() =>
        Assert.Equal(PeopleDemo.Generate(42), PeopleDemo.Generate(42));

    [Fact]
    public void The_default_organisation_has_about_200_people_in_several_teams_and_three_or_four_levels()
    {
        var people = PeopleDemo.Generate(2026);
        var managerOf = people.ToDictionary(person => person.Email, person => person.ManagerEmail);

        int Depth(string email) => managerOf[email] is { } manager ? 1 + Depth(manager) : 1;

        Assert.Equal(200, people.Count);
        Assert.InRange(people.Select(person => person.Team).Distinct().Count(), 4, 7);
        Assert.InRange(people.Max(person => Depth(person.Email)), 3, 4);
    }

    [Fact]
    public void The_demo_sign_ins_exist_with_the_roles_the_run_command_promises()
    {
        var people = PeopleDemo.Generate(2026).ToDictionary(person => person.Email);

        Assert.True(people[PeopleDemo.HrAdminEmail].IsHrAdmin);
        Assert.Contains(people.Values, person => person.ManagerEmail == PeopleDemo.ManagerEmail);
        Assert.Equal(PeopleDemo.ManagerEmail, people[PeopleDemo.EmployeeEmail].ManagerEmail);
    }

    [Fact]
    public void The_demo_organisation_passes_the_same_checks_as_an_hr_file()
    {
        var check = OrgFile.Read(OrgFile.Write(PeopleDemo.Generate(2026, size: 1_000)));

        Assert.Empty(check.Errors);
        Assert.Equal(1_000, check.Employees.Count);
    }
}
