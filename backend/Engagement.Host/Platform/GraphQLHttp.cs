using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace Engagement.Platform;

/// <summary>
/// Serves <c>/graphql</c> over HTTP as the GraphQL-over-HTTP spec describes (checked by the graphql-http audit):
/// the response type follows <c>Accept</c>; a body that is not JSON or carries bad parameters is a 400; a document
/// that does not parse or validate is a request error, answered 400 without <c>data</c> under
/// <c>application/graphql-response+json</c> and 200 with <c>errors</c> under legacy <c>application/json</c>.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    GraphQLExecution execution, IGraphQLTextSerializer serializer, ICallerResolver callers, RequestBudget budget)
{
    /// <summary>
    /// Browsers cannot add a custom header to a cross-site request without a CORS preflight we never grant, so its
    /// presence proves the request came from our own pages (with JSON-only bodies, this is the CSRF defence).
    /// </summary>
    public const string ClientHeader = "X-Engagement-Client";

    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Documents are small; anything larger from someone not signed in is abuse, not a query.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Signed-in people may send more: an organisation file travels as a GraphQL string.</summary>
    public const int MaxSignedInBodyBytes = 20 * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var responseType = NegotiateResponseType(request.Headers.Accept);
        if (responseType is null)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            context.Response.Headers.Accept = $"{GraphQLResponseJson}; charset=utf-8, {Json}; charset=utf-8";
            return;
        }

        if (string.IsNullOrWhiteSpace(request.Headers[ClientHeader]))
        {
            await WriteErrorAsync(context, responseType, StatusCodes.Status400BadRequest,
                $"Requests to /graphql must carry the {ClientHeader} header (any value); it protects you from cross-site requests.");
            return;
        }

        if (HttpMethods.IsPost(request.Method) && !IsJsonUtf8(request.ContentType))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await WriteErrorAsync(context, responseType, StatusCodes.Status415UnsupportedMediaType,
                "Send GraphQL requests as a JSON body with Content-Type: application/json.");
            return;
        }

        Caller caller;
        try
        {
            caller = await callers.ResolveAsync(context, context.RequestAborted);
        }
        catch (Exception exception) when (Transient.Is(exception))
        {
            Transient.ForgetDeadConnections(exception, context.RequestServices.GetService<Npgsql.NpgsqlDataSource>());
            await WriteUnavailableAsync(context, responseType);
            return;
        }

        if (budget.TryTake(caller, context) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteErrorAsync(context, responseType, StatusCodes.Status429TooManyRequests,
                "Too many requests; slow down and try again shortly.", "RATE_LIMITED");
            return;
        }

        var maxBytes = caller.IsSignedIn ? MaxSignedInBodyBytes : MaxBodyBytes;
        if (request.ContentLength > maxBytes)
        {
            await WriteErrorAsync(context, responseType, StatusCodes.Status413PayloadTooLarge, TooLarge(maxBytes));
            return;
        }

        var (graphQLRequest, problem) = HttpMethods.IsGet(request.Method)
            ? ReadQueryString(request.Query)
            : await ReadBodyAsync(request, maxBytes, context.RequestAborted);
        if (problem is not null)
        {
            await WriteErrorAsync(context, responseType, StatusCodes.Status400BadRequest, problem);
            return;
        }

        var (document, unparsable) = GraphQLExecution.Parse(graphQLRequest!.Query!);
        if (document is null)
        {
            await WriteRequestErrorAsync(context, responseType, unparsable!);
            return;
        }

        var operation = GraphQLExecution.FindOperation(document, graphQLRequest.OperationName);
        if (operation?.Operation == OperationType.Mutation && HttpMethods.IsGet(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await WriteErrorAsync(context, responseType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }

        if (operation?.Operation == OperationType.Subscription)
        {
            await WriteRequestErrorAsync(context, responseType, "Subscriptions are served over WebSocket (graphql-transport-ws) on this path.");
            return;
        }

        var userContext = new EngagementUserContext { Caller = caller, Http = context };
        var result = await execution.ExecuteAsync(graphQLRequest, document, userContext, context.RequestServices, context.RequestAborted);
        if (result.Errors?.Any(error => error.Code == Transient.Code) == true)
        {
            // Whatever else the answer holds, the client should try again: say so the way HTTP does.
            context.Response.Headers.RetryAfter = ((int)Transient.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(context, responseType, StatusCodes.Status503ServiceUnavailable, result);
            return;
        }

        var status = result.Executed || responseType == Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        await WriteAsync(context, responseType, status, result);
    }

    private async Task WriteUnavailableAsync(HttpContext context, string responseType)
    {
        context.Response.Headers.RetryAfter = ((int)Transient.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await WriteErrorAsync(context, responseType, StatusCodes.Status503ServiceUnavailable, Transient.Message, Transient.Code);
    }

    /// <summary>Picks the first media type of <c>Accept</c> we can produce; a missing header or <c>*/*</c> means legacy JSON.</summary>
    public static string? NegotiateResponseType(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        foreach (var candidate in MediaTypeHeaderValue.ParseList(accept.Split(',')).OrderByDescending(type => type.Quality ?? 1))
        {
            if (candidate.Charset.HasValue && !candidate.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mediaType = candidate.MediaType.Value?.ToLowerInvariant();
            if (mediaType == GraphQLResponseJson)
            {
                return GraphQLResponseJson;
            }

            if (mediaType is Json or "application/*" or "*/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static bool IsJsonUtf8(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private (GraphQLRequest?, string?) ReadQueryString(IQueryCollection query)
    {
        var request = new GraphQLRequest
        {
            Query = query["query"].FirstOrDefault(),
            OperationName = query["operationName"].FirstOrDefault(),
        };
        try
        {
            request.Variables = ReadJsonParameter(query["variables"].FirstOrDefault(), "variables") is { } variables
                ? serializer.ReadNode<Inputs>(variables)
                : null;
            request.Extensions = ReadJsonParameter(query["extensions"].FirstOrDefault(), "extensions") is { } extensions
                ? serializer.ReadNode<Inputs>(extensions)
                : null;
        }
        catch (JsonException)
        {
            return (null, "The variables and extensions parameters must be URL-encoded JSON objects.");
        }
        catch (RequestParameterException problem)
        {
            return (null, problem.Message);
        }

        return request.Query is null ? (null, "The request has no query parameter.") : (request, null);
    }

    private static JsonElement? ReadJsonParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var element = JsonDocument.Parse(text).RootElement;
        return element.ValueKind == JsonValueKind.Object ? element : throw new RequestParameterException($"The {name} parameter must be a JSON object.");
    }

    private static string TooLarge(int maxBytes) =>
        $"The request is larger than {(maxBytes >= 1024 * 1024 ? $"{maxBytes / (1024 * 1024)} MB" : $"{maxBytes / 1024} KB")}.";

    private async Task<(GraphQLRequest?, string?)> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, "The request body is empty; send a JSON object with a query.");
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException json)
        {
            return (null, $"The request body is not valid JSON: {json.Message}");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The request body must be a JSON object with a query; batches are not accepted.");
            }

            return ReadParameters(root);
        }
    }

    private (GraphQLRequest?, string?) ReadParameters(JsonElement root)
    {
        if (!root.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            return (null, "The request has no query.");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            return (null, "The query must be a string.");
        }

        var operationName = root.TryGetProperty("operationName", out var name) ? name : default;
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return (null, "The operationName must be a string.");
        }

        var variables = OptionalObject(root, "variables");
        var extensions = OptionalObject(root, "extensions");
        if (variables is { ValueKind: not JsonValueKind.Object } || extensions is { ValueKind: not JsonValueKind.Object })
        {
            return (null, "The variables and extensions must be JSON objects.");
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query.GetString(),
                OperationName = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
                Variables = variables is { } v ? serializer.ReadNode<Inputs>(v) : null,
                Extensions = extensions is { } e ? serializer.ReadNode<Inputs>(e) : null,
            }, null);
        }
        catch (Exception problem) when (problem is InvalidOperationException or JsonException)
        {
            // The JSON parser lets "\ud800" and stray bytes inside strings through; they fail once read as .NET strings.
            return (null, "The request holds text that is not valid Unicode: bytes that are not UTF-8, or a lone surrogate such as \\ud800.");
        }
    }

    private static JsonElement? OptionalObject(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A document the schema cannot run: legacy JSON clients expect 200 with <c>errors</c>.</summary>
    private Task WriteRequestErrorAsync(HttpContext context, string responseType, string message) =>
        WriteErrorAsync(context, responseType, responseType == Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, message);

    private Task WriteErrorAsync(HttpContext context, string responseType, int status, string message, string code = "BAD_REQUEST") =>
        WriteAsync(context, responseType, status, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });

    private async Task WriteAsync(HttpContext context, string responseType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{responseType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private sealed class RequestParameterException(string message) : Exception(message);
}
