using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Engagement.Platform;
using Engagement.Tests.Support;

namespace Engagement.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class GraphQLHttpTests(HostFixture fixture)
{
    private HttpClient Http => fixture.HrAdmin;

    [Theory]
    [InlineData(null, GraphQLHttpEndpoint.Json)]
    [InlineData("*/*", GraphQLHttpEndpoint.Json)]
    [InlineData("application/json", GraphQLHttpEndpoint.Json)]
    [InlineData("application/graphql-response+json", GraphQLHttpEndpoint.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLHttpEndpoint.GraphQLResponseJson)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLHttpEndpoint.GraphQLResponseJson)]
    [InlineData("text/html", null)]
    [InlineData("application/json; charset=latin1", null)]
    public void The_response_type_follows_the_accept_header(string? accept, string? expected) =>
        Assert.Equal(expected, GraphQLHttpEndpoint.NegotiateResponseType(accept));

    [Theory]
    [InlineData(GraphQLHttpEndpoint.GraphQLResponseJson)]
    [InlineData(GraphQLHttpEndpoint.Json)]
    public async Task Malformed_json_is_a_400_with_a_readable_error_and_no_data(string accept)
    {
        var response = await PostAsync("{ \"query\": ", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("The request body is not valid JSON", response.Message);
        Assert.False(response.Body.ContainsKey("data"));
    }

    [Theory]
    [InlineData("""{"query":{"nested":"object"}}""", "The query must be a string.")]
    [InlineData("""{"qeury":"{ company { name } }"}""", "The request has no query.")]
    [InlineData("""{"query":"{ company { name } }","variables":"x"}""", "The variables and extensions must be JSON objects.")]
    [InlineData("""[{"query":"{ company { name } }"}]""", "The request body must be a JSON object with a query; batches are not accepted.")]
    public async Task Bad_parameters_are_a_400_even_for_legacy_json_clients(string body, string message)
    {
        var response = await PostAsync(body, GraphQLHttpEndpoint.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(message, response.Message);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_a_200_with_errors_for_legacy_json_clients()
    {
        var response = await PostAsync("""{"query":"{ company { nope } }"}""", GraphQLHttpEndpoint.Json);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("nope", response.Message);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_an_unsupported_media_type()
    {
        using var content = new StringContent("query={company{name}}", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await Http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_text_plain_post_executes_nothing()
    {
        using var content = new StringContent("""{"query":"mutation { __typename }"}""", Encoding.UTF8, "text/plain");

        using var response = await Http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_the_client_header_executes_nothing()
    {
        using var bare = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = fixture.Host.ClientOptions.BaseAddress };
        bare.DefaultRequestHeaders.Add("Cookie", fixture.HrAdminCookie);
        using var content = new StringContent("""{"query":"mutation { signOut }"}""", Encoding.UTF8, "application/json");
        var sessions = $"SELECT count(*) FROM sessions WHERE employee_id = '{fixture.Org.IdOf(TestOrg.HrAdmin)}'";
        var before = await fixture.Database.ScalarAsync<long>(sessions);

        using var response = await bare.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(GraphQLHttpEndpoint.ClientHeader, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await fixture.Database.ScalarAsync<long>(sessions));
    }

    [Fact]
    public async Task Someone_not_signed_in_may_not_send_a_large_body()
    {
        var body = new JsonObject { ["query"] = "{ me { id } }", ["variables"] = new JsonObject { ["padding"] = new string('x', 300 * 1024) } };

        var anonymous = await PostAsync(body.ToJsonString(), GraphQLHttpEndpoint.GraphQLResponseJson, fixture.Host.Http);
        var signedIn = await PostAsync(body.ToJsonString(), GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, anonymous.Status);
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_allow_post()
    {
        using var response = await Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_query_over_get_runs()
    {
        using var response = await Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ company { name } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["company"]);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var response = await PostAsync("""{"query":"query A { company { name } }","operationName":"B"}""", GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("B", response.Message);
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";

        var response = await PostAsync(new JsonObject { ["query"] = deep }.ToJsonString(), GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("depth", response.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        var huge = new JsonObject { ["query"] = "{ company { name } }", ["variables"] = new JsonObject { ["padding"] = new string('x', GraphQLHttpEndpoint.MaxSignedInBodyBytes) } };

        var response = await PostAsync(huge.ToJsonString(), GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.True(response.Status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"status {response.Status}");
        Assert.Contains("larger than", response.Message);
    }

    [Fact]
    public async Task A_subscription_over_http_points_to_the_websocket_transport()
    {
        var response = await PostAsync("""{"query":"subscription { companyUpdated { name } }"}""", GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("WebSocket", response.Message);
    }

    [Fact]
    public async Task A_malformed_id_is_the_callers_mistake_with_a_clear_message()
    {
        var response = await PostAsync("""{"query":"{ employee(id: \"not-an-id\") { name } }"}""", GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal("INVALID_ARGUMENT", response.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("employee", response.Message);
    }

    [Theory]
    [InlineData("""{ __schema { queryType { name } } }""")]
    [InlineData("""{ __type(name: "Query") { fields { name } } }""")]
    [InlineData("""{ ...Schema } fragment Schema on Query { __schema { types { name } } }""")]
    public async Task Introspection_is_for_signed_in_people(string query)
    {
        var anonymous = await fixture.Host.GraphQLAsync(query);
        var signedIn = await fixture.Host.GraphQLAsync(query, client: Http);

        Assert.Equal(HttpStatusCode.BadRequest, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        signedIn.DataOrThrow();
    }

    [Fact]
    public async Task Anyone_may_ask_for_typename()
    {
        var response = await fixture.Host.GraphQLAsync("{ __typename }");

        Assert.Equal("Query", response.DataOrThrow()["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_malformed_id_inside_an_input_variable_is_the_callers_mistake()
    {
        var response = await PostAsync("""{"query":"mutation ($input: ActionItemInput!) { addActionItem(meetingId: \"m\", input: $input) { id } }","variables":{"input":{"text":"Call IT","ownerId":"not-an-id"}}}""",
            GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal("INVALID_ARGUMENT", response.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Looking_up_a_type_without_a_name_is_the_callers_mistake()
    {
        var response = await PostAsync("""{"query":"{ __type(name: \"\") { name } }"}""", GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal("INVALID_ARGUMENT", response.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"query":"\ud800"}""")]
    [InlineData("""{"query":"{ __typename }","operationName":"\ud83d"}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"a":"\udfff"}}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"\ud800":1}}""")]
    public async Task Text_with_a_lone_surrogate_is_a_400_with_a_graphql_error(string body)
    {
        var response = await PostAsync(body, GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("not valid Unicode", response.Message);
    }

    [Fact]
    public async Task A_body_with_bytes_that_are_not_utf8_is_a_400_with_a_graphql_error()
    {
        using var content = new ByteArrayContent([.. "{\"query\":\""u8, 0xFF, 0xFE, .. "\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await SendAsync(content, GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("not valid Unicode", response.Message);
    }

    [Fact]
    public async Task A_document_nested_deeper_than_the_parser_recurses_is_a_400()
    {
        var deep = $"{{ hrDashboard(teamIds: {new string('[', 300)}{new string(']', 300)}) {{ __typename }} }}";

        var response = await PostAsync(new JsonObject { ["query"] = deep }.ToJsonString(), GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("does not parse", response.Message);
    }

    [Theory]
    [InlineData(GraphQLExecution.MaxSelectionsAndDirectives + 1, 0)]
    [InlineData(1, GraphQLExecution.MaxFragments + 1)]
    public async Task A_document_too_large_to_validate_quickly_is_refused_before_validation(int fields, int fragments)
    {
        var definitions = string.Concat(Enumerable.Range(0, fragments).Select(index => $"fragment F{index} on Query {{ __typename }} "));
        var spreads = string.Concat(Enumerable.Range(0, fragments).Select(index => $"...F{index} "));
        var query = $"{definitions}{{ company {{ {string.Concat(Enumerable.Repeat("name ", fields))}}} {spreads}}}";

        var response = await PostAsync(new JsonObject { ["query"] = query }.ToJsonString(), GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("too large", response.Message);
    }

    [Fact]
    public async Task A_variable_that_does_not_convert_names_no_exception_type()
    {
        var response = await PostAsync("""{"query":"query ($first: Int) { orgImports(first: $first) { id } }","variables":{"first":123456789012345678901234567890}}""",
            GraphQLHttpEndpoint.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_VALUE", response.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("OVERFLOW", response.Body.ToJsonString());
    }

    [Fact]
    public async Task Unhandled_errors_are_masked_without_type_names_or_stack_traces()
    {
        var provider = new GraphQLSetup.MaskingErrorInfoProvider();

        var info = provider.GetInfo(new GraphQL.Execution.UnhandledError("Error trying to resolve field 'company'.",
            new InvalidOperationException("connection string Password=secret")));

        Assert.DoesNotContain("secret", info.Message);
        Assert.DoesNotContain("InvalidOperation", info.Message);
        Assert.Null(info.Extensions);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body, string? Message)> PostAsync(string body, string accept, HttpClient? client = null)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await SendAsync(content, accept, client);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body, string? Message)> SendAsync(HttpContent content, string accept, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await (client ?? Http).SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.StatusCode, json, json["errors"]?[0]?["message"]?.GetValue<string>());
    }
}
