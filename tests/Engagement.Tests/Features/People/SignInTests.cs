using System.Net;
using Engagement.Features.People;
using Engagement.Tests.Support;

namespace Engagement.Tests.Features.People;

[Collection(HostCollection.Name)]
public sealed class SignInTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Signing_in_sets_an_http_only_same_site_cookie_that_opens_the_session()
    {
        var response = await Host.GraphQLAsync(TestHost.SignInMutation, new { email = TestOrg.Peer, password = TestOrg.Password });

        var cookie = Assert.Single(response.SetCookies);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = (await Host.GraphQLAsync("{ me { email isHrAdmin } }", client: Host.NewClient(cookie.Split(';')[0]))).DataOrThrow()["me"]!;
        Assert.Equal(TestOrg.Peer, me["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Email_is_matched_without_regard_to_case_or_spaces()
    {
        var response = await Host.GraphQLAsync(TestHost.SignInMutation, new { email = "  Peer@Test.Example ", password = TestOrg.Password });

        Assert.Equal("Pia Peer", response.DataOrThrow()["signIn"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var wrongPassword = await Host.GraphQLAsync(TestHost.SignInMutation, new { email = TestOrg.OtherTeam, password = "not the password" });
        var unknownEmail = await Host.GraphQLAsync(TestHost.SignInMutation, new { email = "nobody@test.example", password = "not the password" });

        Assert.Equal("SIGN_IN_FAILED", wrongPassword.FirstErrorCode);
        Assert.Equal(wrongPassword.FirstErrorMessage, unknownEmail.FirstErrorMessage);
        Assert.Equal(wrongPassword.FirstErrorCode, unknownEmail.FirstErrorCode);
        Assert.Empty(wrongPassword.SetCookies);
    }

    [Theory]
    [InlineData("throttled.unknown@test.example")]
    [InlineData(TestOrg.Locked)]
    public async Task After_five_failures_even_the_right_password_waits_whether_or_not_the_email_exists(string email)
    {
        for (var attempt = 0; attempt < SignInThrottleGrain.AllowedFailures; attempt++)
        {
            Assert.Equal("SIGN_IN_FAILED", (await Host.GraphQLAsync(TestHost.SignInMutation, new { email, password = "guess" })).FirstErrorCode);
        }

        var sixth = await Host.GraphQLAsync(TestHost.SignInMutation, new { email, password = TestOrg.Password });

        Assert.Equal("SIGN_IN_THROTTLED", sixth.FirstErrorCode);
        Assert.Contains("minute", sixth.FirstErrorMessage);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server()
    {
        var cookie = await Host.SessionCookieAsync(TestOrg.OtherTeam);
        var client = Host.NewClient(cookie);

        (await Host.GraphQLAsync("mutation { signOut }", client: client)).DataOrThrow();

        var after = await Host.GraphQLAsync("{ me { id } }", client: client);
        Assert.Equal("SESSION_EXPIRED", after.FirstErrorCode);
    }

    [Fact]
    public async Task An_expired_session_is_told_apart_from_no_session()
    {
        var cookie = await Host.SessionCookieAsync(TestOrg.Peer);
        await using (var expire = fixture.Database.DataSource.CreateCommand(
            // Only the session just made: other tests of the collection keep their own signed-in clients for Pia.
            $"UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = (SELECT token_hash FROM sessions WHERE employee_id = '{fixture.Org.IdOf(TestOrg.Peer)}' ORDER BY created_at DESC LIMIT 1)"))
        {
            await expire.ExecuteNonQueryAsync();
        }

        var response = await Host.GraphQLAsync("{ company { name } }", client: Host.NewClient(cookie));

        Assert.Equal("SESSION_EXPIRED", response.FirstErrorCode);
        Assert.Contains("expired", response.FirstErrorMessage);
        Assert.Contains(response.SetCookies, setCookie => setCookie.StartsWith("engagement_session=;") && setCookie.Contains("expires=Thu, 01 Jan 1970"));
    }

    [Fact]
    public async Task A_temporary_password_signs_in_once_and_must_be_changed()
    {
        var temporary = (await Host.GraphQLAsync("mutation ($id: ID!) { issueTemporaryPassword(employeeId: $id) }",
            new { id = fixture.Org.IdOf(TestOrg.Spare) }, fixture.HrAdmin)).DataOrThrow()["issueTemporaryPassword"]!.GetValue<string>();
        var spare = await Host.SignedInAsync(TestOrg.Spare, temporary);
        Assert.True((await Host.GraphQLAsync("{ me { mustChangePassword } }", client: spare)).DataOrThrow()["me"]!["mustChangePassword"]!.GetValue<bool>());

        var tooShort = await Host.GraphQLAsync("mutation ($current: String!) { changePassword(currentPassword: $current, newPassword: \"short\") }",
            new { current = temporary }, spare);
        (await Host.GraphQLAsync("mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }",
            new { current = temporary, next = TestOrg.Password }, spare)).DataOrThrow();

        Assert.Equal("PASSWORD_TOO_WEAK", tooShort.FirstErrorCode);
        Assert.False((await Host.GraphQLAsync("{ me { mustChangePassword } }", client: spare)).DataOrThrow()["me"]!["mustChangePassword"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_deactivated_employee_cannot_sign_in()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        await TestOrg.SeedAsync(host, database);
        var organisation = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Organisation>(host.Services);
        await organisation.ApplyAsync(TestOrg.People.Where(person => person.Email != TestOrg.Peer).ToList(), _ => Task.CompletedTask, CancellationToken.None);

        var response = await host.GraphQLAsync(TestHost.SignInMutation, new { email = TestOrg.Peer, password = TestOrg.Password });

        Assert.Equal("SIGN_IN_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Nobody_can_edit_someone_elses_profile_even_by_calling_the_grain()
    {
        var grain = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IGrainFactory>(Host.Services)
            .GetGrain<IEmployeeGrain>(fixture.Org.IdOf(TestOrg.Employee));

        var error = await Assert.ThrowsAsync<Engagement.Platform.DomainException>(() =>
            grain.UpdateOwnProfile(Engagement.Platform.Caller.Employee(fixture.Org.IdOf(TestOrg.TheirManager), isHrAdmin: true), "Boss", "UTC"));

        Assert.Equal("FORBIDDEN", error.Code);
    }

    [Fact]
    public async Task Too_many_requests_get_429_with_retry_after()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url, new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = "3" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await host.GraphQLAsync("{ me { id } }")).Status);
        }

        using var last = await host.Http.PostAsync("/graphql", new StringContent("""{"query":"{ me { id } }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
