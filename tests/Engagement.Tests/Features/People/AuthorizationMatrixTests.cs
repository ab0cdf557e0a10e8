using Engagement.Tests.Support;

namespace Engagement.Tests.Features.People;

/// <summary>
/// Every operation of the people and company features, the feedback operations that read about others, and the dashboards, 1:1 and
/// notification reads, asked by each kind of caller about the employee under test
/// (or their team). Each cell states the outcome: "ok", or the error code the caller must get.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AuthorizationMatrixTests(HostFixture fixture)
{
    public const string Anonymous = "not signed in";

    private static readonly string[] Callers = [Anonymous, TestOrg.Employee, TestOrg.Peer, TestOrg.TheirManager, TestOrg.AnotherManager, TestOrg.HrAdmin];

    private const string Ok = "ok";
    private const string Unauthenticated = "UNAUTHENTICATED";
    private const string Forbidden = "FORBIDDEN";

    /// <summary>Operation, then the expected outcome for each caller in the order of <see cref="Callers"/>.</summary>
    private static readonly (string Operation, string[] Expected)[] Matrix =
    [
        ("me", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("employee", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("directory", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("teams", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("reportsOf", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ("orgImport", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("orgImports", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("importOrganisation", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("issueTemporaryPassword", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("updateMyProfile", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("changePassword", [Unauthenticated, "PASSWORD_WRONG", "PASSWORD_WRONG", "PASSWORD_WRONG", "PASSWORD_WRONG", "PASSWORD_WRONG"]),
        ("company", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("updateCompanyProfile", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("myFeedbackInbox", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("feedbackAbout", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ("upwardFeedbackForMe", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("teamCheckIns", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("pulseResults", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("managerDashboard", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ("hrDashboard", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("dashboardFilters", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ("myOneOnOnes", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("myReportsOneOnOnes", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("notifications", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("notificationPreferences", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ("setPulseCadence", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
    ];

    public static TheoryData<string, string, string> Cells()
    {
        var cells = new TheoryData<string, string, string>();
        foreach (var (operation, expected) in Matrix)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                cells.Add(operation, Callers[i], expected[i]);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_what_the_matrix_says(string operation, string caller, string expected)
    {
        var client = caller == Anonymous ? fixture.Host.Http : await fixture.ClientOfAsync(caller);
        var (query, variables) = Request(operation, caller);

        var response = await fixture.Host.GraphQLAsync(query, variables, client);

        Assert.Equal(expected, response.Body["errors"] is null ? Ok : response.FirstErrorCode);
    }

    /// <summary>The same cells over the WebSocket: a socket is no way around a rule. Changing a password needs HTTP, since it sets a cookie.</summary>
    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_what_the_matrix_says_over_the_websocket(string operation, string caller, string expected)
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(fixture.Host, caller == Anonymous ? null : await fixture.CookieOfAsync(caller));
        var (query, variables) = Request(operation, caller);

        await socket.SubscribeAsync("cell", query, variables);
        var answer = await socket.ReceiveAsync();

        Assert.Equal(operation == "changePassword" ? "HTTP_ONLY" : expected, GraphQLWebSocketClient.ErrorCodeOf(answer) ?? Ok);
    }

    [Fact]
    public async Task Someone_above_the_manager_in_the_reporting_line_sees_the_team()
    {
        var chief = await fixture.ClientOfAsync(TestOrg.Chief);

        var reports = (await fixture.Host.GraphQLAsync("query ($id: ID!) { reportsOf(managerId: $id) { email } }",
            new { id = fixture.Org.IdOf(TestOrg.TheirManager) }, chief)).DataOrThrow()["reportsOf"]!.AsArray();

        Assert.Equal([TestOrg.Employee, TestOrg.Peer], reports.Select(r => r!["email"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Me_is_null_for_someone_not_signed_in()
    {
        var me = (await fixture.Host.GraphQLAsync("{ me { id } }")).DataOrThrow()["me"];

        Assert.Null(me);
    }

    private (string Query, object? Variables) Request(string operation, string caller) => operation switch
    {
        "me" => ("{ me { id } }", null),
        "employee" => ("query ($id: ID!) { employee(id: $id) { id name } }", new { id = fixture.Org.IdOf(TestOrg.Employee) }),
        "directory" => ("{ directory(first: 5) { totalCount nodes { id } } }", null),
        "teams" => ("{ teams { id name memberCount } }", null),
        "reportsOf" => ("query ($id: ID!) { reportsOf(managerId: $id) { id } }", new { id = fixture.Org.IdOf(TestOrg.TheirManager) }),
        "orgImport" => ("query ($id: ID!) { orgImport(id: $id) { id } }", new { id = Guid.NewGuid() }),
        "orgImports" => ("{ orgImports { id } }", null),
        // A file with an error: the check runs, nothing is applied, so the matrix never changes the organisation.
        "importOrganisation" => ("mutation ($csv: String!) { importOrganisation(csv: $csv) { errors { line message } } }", new { csv = "email\nnobody" }),
        "issueTemporaryPassword" => ("mutation ($id: ID!) { issueTemporaryPassword(employeeId: $id) }", new { id = fixture.Org.IdOf(TestOrg.Spare) }),
        // Each caller saves their own title again, so the organisation stays as seeded.
        "updateMyProfile" => ("mutation ($title: String!) { updateMyProfile(input: { title: $title, timeZone: \"Europe/Paris\" }) { id } }",
            new { title = TestOrg.People.FirstOrDefault(person => person.Email == caller)?.Title ?? "Anyone" }),
        "changePassword" => ("mutation { changePassword(currentPassword: \"not the password\", newPassword: \"another long password\") }", null),
        "company" => ("{ company { name } }", null),
        "updateCompanyProfile" => (Features.Company.CompanyProfileTests.Update, Features.Company.CompanyProfileTests.NorthwindInput("Matrix Check")),
        "myFeedbackInbox" => ("{ myFeedbackInbox { received { id } requestsToMe { id } } }", null),
        "feedbackAbout" => ("query ($id: ID!) { feedbackAbout(employeeId: $id) { id } }", new { id = fixture.Org.IdOf(TestOrg.Employee) }),
        "upwardFeedbackForMe" => ("{ upwardFeedbackForMe { batches { releasedWeek } } }", null),
        "teamCheckIns" => ("{ teamCheckIns { week missing { id } } }", null),
        "pulseResults" => ("{ pulseResults { shown } }", null),
        "setPulseCadence" => ("mutation { setPulseCadence(days: 30) }", null),
        "managerDashboard" => ("query ($id: ID!) { managerDashboard(managerId: $id) { people } }", new { id = fixture.Org.IdOf(TestOrg.TheirManager) }),
        "hrDashboard" => ("{ hrDashboard { headcount } }", null),
        "dashboardFilters" => ("{ dashboardFilters { levels } }", null),
        "myOneOnOnes" => ("{ myOneOnOnes { series { id } } }", null),
        "myReportsOneOnOnes" => ("{ myReportsOneOnOnes { report { id } } }", null),
        "notifications" => ("{ notifications(first: 1) { unreadCount } }", null),
        "notificationPreferences" => ("{ notificationPreferences { oneOnOneReminderHours } }", null),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
