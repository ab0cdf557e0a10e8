using Engagement.Features.People;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.People;

/// <summary>Sign-in attempts, sessions and sockets as an attacker would push them, each test on a host and database of its own.</summary>
[Collection(HostCollection.Name)]
public sealed class SessionTests : IAsyncLifetime
{
    private const string Me = "{ me { id mustChangePassword isHrAdmin } }";
    private const string ChangePassword = "mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }";

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private TestOrg _org = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url, new Dictionary<string, string?> { ["GraphQL:WebSocketSessionCheckSeconds"] = "0.5" });
        _org = await TestOrg.SeedAsync(_host, _database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Forty_parallel_wrong_sign_ins_reach_the_password_check_at_most_five_times()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
            _host.GraphQLAsync(TestHost.SignInMutation, new { email = TestOrg.Peer, password = "wrong password" })));

        var codes = answers.Select(answer => answer.FirstErrorCode).ToList();
        Assert.InRange(codes.Count(code => code == "SIGN_IN_FAILED"), 1, 5);
        Assert.All(codes, code => Assert.Contains(code, new[] { "SIGN_IN_FAILED", "SIGN_IN_THROTTLED" }));
    }

    [Fact]
    public async Task Thirty_aliased_sign_ins_in_one_request_try_one_password()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"a{i}: signIn(email: \"{TestOrg.Peer}\", password: \"guess {i}\") {{ id }}"));

        var answer = await _host.GraphQLAsync($"mutation {{ {aliases} }}");
        var afterwards = await _host.GraphQLAsync(TestHost.SignInMutation, new { email = TestOrg.Peer, password = TestOrg.Password });

        var codes = answer.Body["errors"]!.AsArray().Select(error => error!["extensions"]!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(1, codes.Count(code => code == "SIGN_IN_FAILED"));
        Assert.Equal(29, codes.Count(code => code == "ONE_SIGN_IN_PER_REQUEST"));
        afterwards.DataOrThrow();
    }

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_of_the_person()
    {
        var here = await _host.SignedInAsync(TestOrg.Peer);
        var elsewhere = await _host.SignedInAsync(TestOrg.Peer);

        (await _host.GraphQLAsync(ChangePassword, new { current = TestOrg.Password, next = "a brand new passphrase" }, here)).DataOrThrow();

        Assert.Equal("SESSION_EXPIRED", (await _host.GraphQLAsync(Me, client: elsewhere)).FirstErrorCode);
        Assert.Equal(_org.IdOf(TestOrg.Peer).ToString(), (await _host.GraphQLAsync(Me, client: here)).DataOrThrow()["me"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_temporary_password_ends_every_session_and_opens_one_that_can_only_change_it()
    {
        var hr = await _host.SignedInAsync(TestOrg.HrAdmin);
        var peersSession = await _host.SignedInAsync(TestOrg.Peer);
        // One HR admin hands another a temporary password: even an HR admin's session opened with it holds no HR rights.
        var temporary = (await _host.GraphQLAsync("mutation ($id: ID!) { issueTemporaryPassword(employeeId: $id) }", new { id = _org.IdOf(TestOrg.Peer) }, hr))
            .DataOrThrow()["issueTemporaryPassword"]!.GetValue<string>();
        await _database.ScalarAsync<int>($"UPDATE employees SET is_hr_admin = true WHERE id = '{_org.IdOf(TestOrg.Peer)}' RETURNING 1");

        var holder = await _host.SignedInAsync(TestOrg.Peer, temporary);
        var me = (await _host.GraphQLAsync(Me, client: holder)).DataOrThrow()["me"]!;
        var refused = new[]
        {
            await _host.GraphQLAsync("{ myFeedbackInbox { received { id } } }", client: holder),
            await _host.GraphQLAsync("{ recognitionFeed { nodes { id } } }", client: holder),
            await _host.GraphQLAsync(KudosRequests.Give, KudosRequests.Kudos(_org.IdOf(TestOrg.Employee)), holder),
            await _host.GraphQLAsync("{ hrDashboard { headcount } }", client: holder),
        };
        using var hangfire = await holder.GetAsync("/hangfire");

        Assert.Equal("SESSION_EXPIRED", (await _host.GraphQLAsync(Me, client: peersSession)).FirstErrorCode);
        Assert.True(me["mustChangePassword"]!.GetValue<bool>());
        Assert.All(refused, answer => Assert.Equal("MUST_CHANGE_PASSWORD", answer.FirstErrorCode));
        Assert.False(hangfire.IsSuccessStatusCode);
        Assert.Equal(1L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM temporary_passwords_issued WHERE issued_by = '{_org.IdOf(TestOrg.HrAdmin)}' AND issued_to = '{_org.IdOf(TestOrg.Peer)}' AND issued_at > now() - interval '1 minute'"));

        (await _host.GraphQLAsync(ChangePassword, new { current = temporary, next = "my own long password" }, holder)).DataOrThrow();
        (await _host.GraphQLAsync("{ myFeedbackInbox { received { id } } }", client: holder)).DataOrThrow();
    }

    [Fact]
    public async Task A_session_unused_for_the_idle_timeout_ends()
    {
        var cookie = await _host.SessionCookieAsync(TestOrg.Peer);
        var idle = _host.Services.GetRequiredService<Accounts>().IdleTimeout;
        await _database.ScalarAsync<int>($"UPDATE sessions SET last_seen_at = now() - interval '{idle.TotalMinutes + 1} minutes' RETURNING 1");

        Assert.Equal("SESSION_EXPIRED", (await _host.GraphQLAsync(Me, client: _host.NewClient(cookie))).FirstErrorCode);
    }

    [Fact]
    public async Task The_cookie_is_secure_when_the_public_address_is_https_even_if_a_proxy_speaks_http_to_the_host()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url, new Dictionary<string, string?> { ["Email:PublicUrl"] = "https://engagement.example" });
        await TestOrg.SeedAsync(host, database);

        var signIn = await host.GraphQLAsync(TestHost.SignInMutation, new { email = TestOrg.Peer, password = TestOrg.Password });

        Assert.Contains("secure", signIn.SetCookies.Single(), StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> SessionEnds() => ["sign-out", "password change", "deactivation"];

    [Theory]
    [MemberData(nameof(SessionEnds))]
    public async Task A_websocket_closes_within_seconds_when_its_session_ends(string how)
    {
        var cookie = await _host.SessionCookieAsync(TestOrg.Peer);
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(_host, cookie);
        await socket.SubscribeAsync("feed", "subscription { kudosGiven { id } }");
        await socket.SubscribeAsync("me", "{ me { id } }");
        Assert.Equal("next", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        Assert.Equal("complete", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        switch (how)
        {
            case "sign-out":
                (await _host.GraphQLAsync("mutation { signOut }", client: _host.NewClient(cookie))).DataOrThrow();
                break;
            case "password change":
                (await _host.GraphQLAsync(ChangePassword, new { current = TestOrg.Password, next = "changed elsewhere, long" }, await _host.SignedInAsync(TestOrg.Peer)))
                    .DataOrThrow();
                break;
            default:
                await _host.Services.GetRequiredService<Organisation>().ApplyAsync(TestOrg.People.Where(person => person.Email != TestOrg.Peer).ToList(),
                    _ => Task.CompletedTask, CancellationToken.None);
                break;
        }

        var started = DateTime.UtcNow;
        var closed = await socket.ReceiveAsync();

        Assert.Equal("close", closed["type"]!.GetValue<string>());
        Assert.Equal(4403, closed["code"]!.GetValue<int>());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), $"closed after {DateTime.UtcNow - started}");
    }

    [Fact]
    public async Task Operations_over_the_websocket_spend_the_same_budget_as_http_requests()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url, new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = "3" });
        await TestOrg.SeedAsync(host, database);
        var cookie = await host.SessionCookieAsync(TestOrg.Peer);
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(host, cookie);

        var codes = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            await socket.SubscribeAsync($"me{i}", "{ me { id } }");
            var answer = await socket.ReceiveAsync();
            codes.Add(GraphQLWebSocketClient.ErrorCodeOf(answer));
            if (answer["type"]!.GetValue<string>() == "next")
            {
                await socket.ReceiveAsync();
            }
        }

        var overHttp = await host.GraphQLAsync("{ me { id } }", client: host.NewClient(cookie));

        Assert.Equal([null, null, null], codes);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, overHttp.Status);
        await socket.SubscribeAsync("one-more", "{ me { id } }");
        Assert.Equal("RATE_LIMITED", GraphQLWebSocketClient.ErrorCodeOf(await socket.ReceiveAsync()));
    }

    [Fact]
    public async Task One_socket_may_run_a_bounded_number_of_operations_at_once()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(_host, await _host.SessionCookieAsync(TestOrg.Peer));
        for (var i = 0; i < Engagement.Platform.GraphQLWebSocketEndpoint.MaxOperations; i++)
        {
            await socket.SubscribeAsync($"feed{i}", "subscription { kudosGiven { id } }");
        }

        await socket.SubscribeAsync("one-too-many", "subscription { kudosGiven { id } }");
        var refused = await socket.ReceiveAsync();

        Assert.Equal("one-too-many", refused["id"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_OPERATIONS", GraphQLWebSocketClient.ErrorCodeOf(refused));
    }
}
