using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Engagement.Platform;
using Engagement.Tests.Features.Company;
using Engagement.Tests.Support;

namespace Engagement.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class GraphQLWebSocketTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_subscriber_receives_the_company_update_made_over_http()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);
        Assert.Equal(GraphQLWebSocketEndpoint.Protocol, client.SubProtocol);
        await client.SubscribeAsync("1", "subscription { companyUpdated { name ideaAnswerSlaHours } }");
        await PingPongAsync(client);

        (await Host.GraphQLAsync(CompanyProfileTests.Update, CompanyProfileTests.NorthwindInput("Live Update Co"), fixture.HrAdmin)).DataOrThrow();

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("1", next["id"]!.GetValue<string>());
        Assert.Equal("Live Update Co", next["payload"]!["data"]!["companyUpdated"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_over_the_socket_answers_next_then_complete()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SubscribeAsync("q", "{ company { name } }");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.NotNull(next["payload"]!["data"]!["company"]!["name"]);
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_document_gets_an_error_message_and_the_socket_stays_open()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SubscribeAsync("bad", "subscription { noSuchField }");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Contains("noSuchField", error["payload"]![0]!["message"]!.GetValue<string>());
        await PingPongAsync(client);
    }

    [Fact]
    public async Task Subscribing_before_the_connection_is_acknowledged_closes_with_4401()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie, initialise: false);

        await client.SubscribeAsync("1", "{ company { name } }");

        Assert.Equal(4401, (await client.ReceiveAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SendTextAsync("""{"type":"connection_init"}""");

        Assert.Equal(4429, (await client.ReceiveAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reusing_the_id_of_a_running_subscription_closes_with_4409()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SubscribeAsync("same", "subscription { companyUpdated { name } }");
        await client.SubscribeAsync("same", "subscription { companyUpdated { name } }");

        Assert.Equal(4409, (await client.ReceiveAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_message_that_is_not_json_closes_with_4400()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SendTextAsync("not json");

        Assert.Equal(4400, (await client.ReceiveAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_client_closing_the_socket_gets_its_close_answered()
    {
        var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.DisposeAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }

    [Fact]
    public async Task A_subscription_without_a_session_is_refused_with_unauthenticated()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, sessionCookie: null);

        await client.SubscribeAsync("1", "subscription { companyUpdated { name } }");

        var refused = await client.ReceiveAsync();
        Assert.Contains(refused["type"]!.GetValue<string>(), new[] { "error", "next" });
        Assert.Contains("UNAUTHENTICATED", refused.ToJsonString());
    }

    [Fact]
    public async Task A_page_of_another_site_cannot_open_the_socket()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocketEndpoint.Protocol);
        socket.Options.SetRequestHeader("Origin", "https://evil.example");
        socket.Options.SetRequestHeader("Cookie", fixture.HrAdminCookie);

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(Host.WebSocketUri, CancellationToken.None));
    }

    [Fact]
    public async Task A_socket_without_a_session_may_not_introspect()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, sessionCookie: null);

        await client.SubscribeAsync("schema", "{ __schema { queryType { name } } }");

        var refused = await client.ReceiveAsync();
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Contains("UNAUTHENTICATED", refused.ToJsonString());
    }

    [Theory]
    [InlineData("""{"type":"\ud800"}""")]
    [InlineData("""{"id":"\udfff","type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    [InlineData("""{"id":"\udfff","type":"complete"}""")]
    public async Task A_message_with_a_lone_surrogate_closes_with_4400(string message)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SendTextAsync(message);

        Assert.Equal(4400, (await client.ReceiveAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_message_type_longer_than_a_close_reason_closes_with_4400()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SendAsync(new JsonObject { ["type"] = new string('x', 200) });

        Assert.Equal(4400, (await client.ReceiveAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_operation_id_longer_than_a_close_reason_can_name_closes_with_4400()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);
        var id = new string('y', 200);

        await client.SubscribeAsync(id, "subscription { companyUpdated { name } }");
        await client.SubscribeAsync(id, "subscription { companyUpdated { name } }");

        Assert.Equal(4400, (await client.ReceiveAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_document_nested_deeper_than_the_parser_recurses_gets_an_error_message()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SubscribeAsync("deep", $"{{ hrDashboard(teamIds: {new string('[', 300)}{new string(']', 300)}) {{ headcount }} }}");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Contains("does not parse", error["payload"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_too_large_to_validate_quickly_gets_an_error_message()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(Host, fixture.HrAdminCookie);

        await client.SubscribeAsync("large", $"{{ company {{ {string.Concat(Enumerable.Repeat("name ", GraphQLExecution.MaxSelectionsAndDirectives + 1))}}} }}");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Contains("too large", error["payload"]![0]!["message"]!.GetValue<string>());
    }

    private static async Task PingPongAsync(GraphQLWebSocketClient client)
    {
        await client.SendTextAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }
}
