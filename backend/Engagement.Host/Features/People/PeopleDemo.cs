using Bogus;

namespace Engagement.Features.People;

/// <summary>
/// A believable organisation for demos and load: a chief executive, a head per department, team managers and their
/// teams, in the time zones a distributed company has. The same seed and size give the same people.
/// </summary>
public static class PeopleDemo
{
    public const string Domain = "demo.engagement.test";
    public const string Password = "Engagement-demo-2026";
    public const string HrAdminEmail = "hr@" + Domain;
    public const string ManagerEmail = "manager@" + Domain;
    public const string EmployeeEmail = "employee@" + Domain;

    private sealed record Department(string Name, string Head, string Manager, string[] Roles, string[] TimeZones);

    private static readonly Department[] Departments =
    [
        new("Customer Support", "Head of Customer Support", "Support Team Lead",
            ["Customer Support Specialist", "Senior Support Specialist", "Support Engineer", "Onboarding Specialist"],
            ["Europe/London", "America/New_York", "Asia/Manila"]),
        new("Sales", "VP Sales", "Sales Manager", ["Account Executive", "Sales Development Representative", "Account Manager"],
            ["America/New_York", "America/Chicago", "Europe/Berlin"]),
        new("Engineering", "VP Engineering", "Engineering Manager", ["Software Engineer", "Senior Software Engineer", "QA Engineer", "Site Reliability Engineer"],
            ["Europe/Berlin", "Europe/Lisbon", "America/Los_Angeles"]),
        new("Operations", "Head of Operations", "Operations Manager", ["Operations Analyst", "Logistics Coordinator", "Store Associate", "Shift Supervisor"],
            ["America/Chicago", "Europe/Madrid", "Australia/Sydney"]),
        new("People & Culture", "Head of People", "People Partner Lead", ["People Partner", "Recruiter", "Learning Specialist"],
            ["Europe/London", "Europe/Paris"]),
        new("Finance", "Finance Director", "Finance Manager", ["Accountant", "Financial Analyst", "Payroll Specialist"],
            ["Europe/Paris", "America/New_York"]),
    ];

    public static IReadOnlyList<EmployeeRecord> Generate(int seed, int size = 200)
    {
        size = Math.Max(size, 12);
        var faker = new Faker { Random = new Randomizer(seed) };
        var today = new DateOnly(2026, 1, 1);
        var taken = new HashSet<string>();
        var people = new List<EmployeeRecord>();

        EmployeeRecord Person(string? email, string title, Department department, string? managerEmail, bool isHrAdmin = false)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            email ??= UniqueEmail(first, last);
            taken.Add(email);
            var record = new EmployeeRecord(
                $"E{people.Count + 1:D5}", $"{first} {last}", email, title, department.Name, managerEmail,
                faker.PickRandom(department.TimeZones), today.AddDays(-faker.Random.Int(30, 8 * 365)), Active: true, isHrAdmin);
            people.Add(record);
            return record;
        }

        string UniqueEmail(string first, string last)
        {
            var stem = new string($"{first}.{last}".ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
            var email = $"{stem}@{Domain}";
            for (var n = 2; taken.Contains(email); n++)
            {
                email = $"{stem}{n}@{Domain}";
            }

            return email;
        }

        var chief = Person(null, "Chief Executive Officer", Departments[0], null);
        var departments = Departments.Take(Math.Clamp(size / 30, 3, Departments.Length)).Append(Departments[4]).Distinct().ToList();
        var heads = departments.ToDictionary(d => d, d => Person(d == Departments[4] ? HrAdminEmail : null, d.Head, d, chief.Email, isHrAdmin: d == Departments[4]));

        // Roughly one manager per eight people, spread over the departments in turn.
        var managers = new List<(EmployeeRecord Manager, Department Department)>();
        for (var i = 0; people.Count < size && managers.Count < Math.Max(departments.Count, size / 8); i++)
        {
            var department = departments[i % departments.Count];
            var email = department == Departments[0] && !taken.Contains(ManagerEmail) ? ManagerEmail : null;
            managers.Add((Person(email, department.Manager, department, heads[department].Email), department));
        }

        var (supportLead, support) = managers.First(m => m.Manager.Email == ManagerEmail);
        Person(EmployeeEmail, support.Roles[0], support, supportLead.Email);
        while (people.Count < size)
        {
            var (manager, department) = faker.PickRandom(managers);
            Person(null, faker.PickRandom(department.Roles), department, manager.Email);
        }

        return people;
    }
}
