using System.Text.Json.Nodes;
using Engagement.Features.People;
using Engagement.Tests.Support;

namespace Engagement.Tests.Features.People;

/// <summary>Each test imports into a database of its own: an import deactivates everyone not in the file.</summary>
[Collection(HostCollection.Name)]
public sealed class OrgImportTests : IAsyncLifetime
{
    private const string Import = """
        mutation ($csv: String!) {
          importOrganisation(csv: $csv) { import { id status totalRows } errors { line column message } }
        }
        """;

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private HttpClient _hr = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        await TestOrg.SeedAsync(_host, _database);
        _hr = await _host.SignedInAsync(TestOrg.HrAdmin);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_file_with_errors_reports_every_bad_row_and_changes_nothing()
    {
        var before = await ActiveCountAsync();
        var csv = OrgFile.Write(TestOrg.People) + ",Nia,New,nia@test.example,Analyst,Sales,ghost@test.example,Mars/Olympus,,,\n";

        var result = (await _host.GraphQLAsync(Import, new { csv }, _hr)).DataOrThrow()["importOrganisation"]!;

        Assert.Null(result["import"]);
        var errors = result["errors"]!.AsArray();
        var lastLine = TestOrg.People.Count + 2;
        Assert.Contains(errors, error => error!["line"]!.GetValue<int>() == lastLine && error["message"]!.GetValue<string>().Contains("ghost@test.example"));
        Assert.Contains(errors, error => error!["line"]!.GetValue<int>() == lastLine && error["message"]!.GetValue<string>().Contains("Mars/Olympus"));
        Assert.Equal(before, await ActiveCountAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var first = await ImportAndWaitAsync(OrgFile.Write(TestOrg.People));
        var second = await ImportAndWaitAsync(OrgFile.Write(TestOrg.People));

        Assert.Equal("SUCCEEDED", first["status"]!.GetValue<string>());
        Assert.Equal(0, second["created"]!.GetValue<int>());
        Assert.Equal(0, second["updated"]!.GetValue<int>());
        Assert.Equal(0, second["deactivated"]!.GetValue<int>());
        Assert.Equal(TestOrg.People.Count, second["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_changed_file_updates_people_and_deactivates_those_who_left_keeping_their_row()
    {
        var changed = TestOrg.People
            .Where(person => person.Email != TestOrg.Spare)
            .Select(person => person.Email == TestOrg.Peer ? person with { Title = "Senior Support Specialist" } : person)
            .Append(new EmployeeRecord(null, "Nia New", "nia@test.example", "Analyst", "Sales", TestOrg.AnotherManager, "America/Chicago", null, true, false))
            .ToList();

        var result = await ImportAndWaitAsync(OrgFile.Write(changed));

        Assert.Equal(1, result["created"]!.GetValue<int>());
        Assert.Equal(1, result["updated"]!.GetValue<int>());
        Assert.Equal(1, result["deactivated"]!.GetValue<int>());
        Assert.Equal("Senior Support Specialist", await _database.ScalarAsync<string>($"SELECT title FROM employees WHERE email = '{TestOrg.Peer}'"));
        Assert.False(await _database.ScalarAsync<bool>($"SELECT active FROM employees WHERE email = '{TestOrg.Spare}'"));
    }

    [Fact]
    public async Task Ten_thousand_people_import_with_progress_reported_along_the_way()
    {
        var people = PeopleDemo.Generate(seed: 7, size: 10_000)
            .Select(person => person.Email == PeopleDemo.HrAdminEmail ? person with { Email = TestOrg.HrAdmin } : person)
            .Select(person => person.ManagerEmail == PeopleDemo.HrAdminEmail ? person with { ManagerEmail = TestOrg.HrAdmin } : person)
            .ToList();

        var progress = new List<int>();
        var result = await ImportAndWaitAsync(OrgFile.Write(people), progress);

        Assert.Equal("SUCCEEDED", result["status"]!.GetValue<string>());
        Assert.Equal(10_000, result["processedRows"]!.GetValue<int>());
        Assert.Contains(progress, processed => processed > 0 && processed < 10_000);
        Assert.Equal(10_000L, await _database.ScalarAsync<long>("SELECT count(*) FROM employees WHERE active"));
    }

    private async Task<long> ActiveCountAsync() => await _database.ScalarAsync<long>("SELECT count(*) FROM employees WHERE active");

    private async Task<JsonNode> ImportAndWaitAsync(string csv, List<int>? progress = null)
    {
        var started = (await _host.GraphQLAsync(Import, new { csv }, _hr)).DataOrThrow()["importOrganisation"]!;
        Assert.Empty(started["errors"]!.AsArray());
        var id = started["import"]!["id"]!.GetValue<string>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var import = (await _host.GraphQLAsync(
                "query ($id: ID!) { orgImport(id: $id) { status processedRows totalRows created updated unchanged deactivated failure } }",
                new { id }, _hr)).DataOrThrow()["orgImport"]!;
            progress?.Add(import["processedRows"]!.GetValue<int>());
            if (import["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED" || DateTime.UtcNow > deadline)
            {
                return import;
            }

            await Task.Delay(100);
        }
    }
}
