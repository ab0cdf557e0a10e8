using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace Engagement.Platform;

/// <summary>
/// Subscriptions (and any other operation) over WebSocket with the <c>graphql-transport-ws</c> protocol
/// (github.com/enisdenjo/graphql-ws, PROTOCOL.md), the peer of the npm <c>graphql-ws</c> client.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(
    GraphQLExecution execution, IGraphQLTextSerializer serializer, ICallerResolver callers, RequestBudget budget, IConfiguration configuration,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public const string Protocol = "graphql-transport-ws";
    public static readonly TimeSpan ConnectionInitTimeout = TimeSpan.FromSeconds(10);
    private const int MaxMessageBytes = GraphQLHttpEndpoint.MaxBodyBytes;

    /// <summary>Operations one socket may have running at once: more is a client gone wrong, or an attempt to hoard the host.</summary>
    public const int MaxOperations = 32;

    /// <summary>Messages waiting for a socket that reads too slowly; past this it is disconnected rather than held in memory.</summary>
    public const int MaxQueuedMessages = 512;

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Ids are the client's, and 4409 names one in a close reason, which holds 123 bytes.</summary>
    private const int MaxIdBytes = 64;

    public async Task HandleAsync(HttpContext context)
    {
        // Browsers let any page open a WebSocket to any site, cookies included: only our own origin may.
        if (context.Request.Headers.Origin is [{ } origin] && !IsSameOrigin(origin, context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync((WebSocketCloseStatus)4406, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        var session = new Session(context, callers, budget, TimeSpan.FromSeconds(Math.Max(0.2, configuration.GetValue("GraphQL:WebSocketSessionCheckSeconds", 5.0))));
        var userContext = new EngagementUserContext { Caller = await callers.ResolveAsync(context, context.RequestAborted) };
        using var socket = await context.WebSockets.AcceptWebSocketAsync(Protocol);
        await using var connection = new Connection(socket, execution, serializer, userContext, session, context.RequestServices, logger);
        await connection.RunAsync(context.RequestAborted);
    }

    /// <summary>
    /// The socket's link to the session cookie it was opened with. A socket lives for hours, so who it runs as is read
    /// again for every operation and every few seconds: sign-out, a password change or deactivation closes it.
    /// </summary>
    private sealed record Session(HttpContext Context, ICallerResolver Callers, RequestBudget Budget, TimeSpan CheckInterval)
    {
        public Task<Caller> CurrentCallerAsync(CancellationToken cancellationToken) => Callers.ResolveAsync(Context, cancellationToken);

        /// <summary>The same per-person budget as HTTP requests: a socket is no way around it.</summary>
        public TimeSpan? TryTake(Caller caller) => Budget.TryTake(caller, Context);
    }

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private sealed class Connection(
        WebSocket socket, GraphQLExecution execution, IGraphQLTextSerializer serializer, EngagementUserContext userContext, Session session,
        IServiceProvider services, ILogger logger)
        : IAsyncDisposable
    {
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        // Events arrive on the publisher's thread; the outbox hands them to one writer so a slow socket
        // never holds up the publisher and messages leave in order.
        private readonly Channel<OperationMessage> _outbox = Channel.CreateBounded<OperationMessage>(
            new BoundedChannelOptions(MaxQueuedMessages) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        private readonly ConcurrentDictionary<string, IDisposable?> _operations = new();
        private readonly CancellationTokenSource _closing = new();
        private int _initReceived;
        private volatile bool _acknowledged;

        public async Task RunAsync(CancellationToken aborted)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closing.Token);
            var cancellation = linked.Token;
            _ = CloseUnlessInitialisedAsync(cancellation);
            _ = CloseWhenTheSessionEndsAsync(cancellation);
            var writer = WriteOutboxAsync(cancellation);
            try
            {
                while (socket.State == WebSocketState.Open && !cancellation.IsCancellationRequested)
                {
                    var message = await ReceiveAsync(cancellation);
                    if (message is null)
                    {
                        break;
                    }

                    await HandleAsync(message, cancellation);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // The client went away or we closed the socket; nothing is left to answer.
            }
            finally
            {
                _outbox.Writer.TryComplete();
                await writer;
            }
        }

        private async Task WriteOutboxAsync(CancellationToken cancellation)
        {
            try
            {
                await foreach (var message in _outbox.Reader.ReadAllAsync(cancellation))
                {
                    var bytes = Encoding.UTF8.GetBytes(serializer.Serialize(message));
                    await _sendLock.WaitAsync(CancellationToken.None);
                    try
                    {
                        if (socket.State == WebSocketState.Open)
                        {
                            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                        }
                    }
                    finally
                    {
                        _sendLock.Release();
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
            }
        }

        private async Task CloseUnlessInitialisedAsync(CancellationToken cancellation)
        {
            try
            {
                await Task.Delay(ConnectionInitTimeout, cancellation);
                if (Volatile.Read(ref _initReceived) == 0)
                {
                    await CloseAsync(4408, "Connection initialisation timeout");
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private async Task CloseWhenTheSessionEndsAsync(CancellationToken cancellation)
        {
            try
            {
                using var timer = new PeriodicTimer(session.CheckInterval);
                while (await timer.WaitForNextTickAsync(cancellation) && await StillTheSameCallerAsync(cancellation))
                {
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        /// <summary>Reads the session again; when it no longer belongs to the same person, closes the socket and says false.</summary>
        private async Task<bool> StillTheSameCallerAsync(CancellationToken cancellation)
        {
            var current = await session.CurrentCallerAsync(cancellation);
            if (current.EmployeeId != userContext.Caller.EmployeeId)
            {
                await CloseAsync(4403, "Forbidden: the session has ended; sign in again");
                return false;
            }

            userContext.Caller = current;
            return true;
        }

        private async Task<string?> ReceiveAsync(CancellationToken cancellation)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[4096];
            while (true)
            {
                var received = await socket.ReceiveAsync(chunk, cancellation);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // Answer the client's close frame, or its side reports 1006 and fails its operations.
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await _sendLock.WaitAsync(CancellationToken.None);
                        try
                        {
                            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        }
                        finally
                        {
                            _sendLock.Release();
                        }
                    }

                    return null;
                }

                if (buffer.Length + received.Count > MaxMessageBytes)
                {
                    await CloseAsync(4400, "Message too large");
                    return null;
                }

                buffer.Write(chunk, 0, received.Count);
                if (received.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
                }
            }
        }

        private async Task HandleAsync(string text, CancellationToken cancellation)
        {
            JsonElement message;
            try
            {
                message = JsonDocument.Parse(text).RootElement;
            }
            catch (JsonException)
            {
                await CloseAsync(4400, "Invalid message received");
                return;
            }

            if (!HoldsOnlyUnicode(message))
            {
                await CloseAsync(4400, "Invalid message received");
                return;
            }

            var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var typeElement)
                && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
            switch (type)
            {
                case "connection_init":
                    if (Interlocked.Exchange(ref _initReceived, 1) == 1)
                    {
                        await CloseAsync(4429, "Too many initialisation requests");
                        return;
                    }

                    _acknowledged = true;
                    Send(new OperationMessage { Type = "connection_ack" });
                    return;
                case "ping":
                    Send(new OperationMessage { Type = "pong" });
                    return;
                case "pong":
                    return;
                case "subscribe":
                    await SubscribeAsync(message, cancellation);
                    return;
                case "complete":
                    if (message.TryGetProperty("id", out var completed) && completed.ValueKind == JsonValueKind.String
                        && _operations.TryRemove(completed.GetString()!, out var subscription))
                    {
                        subscription?.Dispose();
                    }

                    return;
                default:
                    // Not naming the type: a close reason holds 123 bytes, and the type is the client's text.
                    await CloseAsync(4400, type is null ? "Invalid message received" : "Unexpected message type");
                    return;
            }
        }

        /// <summary>JSON lets a string hold "\ud800", which no .NET string can: such a message is refused before any part of it is read.</summary>
        private static bool HoldsOnlyUnicode(JsonElement element)
        {
            try
            {
                Read(element);
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }

            static void Read(JsonElement element)
            {
                switch (element.ValueKind)
                {
                    case JsonValueKind.String:
                        _ = element.GetString();
                        break;
                    case JsonValueKind.Object:
                        foreach (var property in element.EnumerateObject())
                        {
                            _ = property.Name;
                            Read(property.Value);
                        }

                        break;
                    case JsonValueKind.Array:
                        foreach (var item in element.EnumerateArray())
                        {
                            Read(item);
                        }

                        break;
                }
            }
        }

        private async Task SubscribeAsync(JsonElement message, CancellationToken cancellation)
        {
            if (!_acknowledged)
            {
                await CloseAsync(4401, "Unauthorized");
                return;
            }

            if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String
                || idElement.GetString() is not { Length: > 0 } id || Encoding.UTF8.GetByteCount(id) > MaxIdBytes
                || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
                || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(4400, "Invalid subscribe message");
                return;
            }

            if (!await StillTheSameCallerAsync(cancellation))
            {
                return;
            }

            if (_operations.ContainsKey(id))
            {
                await CloseAsync(4409, $"Subscriber for {id} already exists");
                return;
            }

            if (session.TryTake(userContext.Caller) is { } retryAfter)
            {
                Send(new OperationMessage { Id = id, Type = "error", Payload = new ExecutionErrors { Coded("RATE_LIMITED",
                    $"Too many requests; slow down and try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.") } });
                return;
            }

            if (_operations.Count >= MaxOperations)
            {
                Send(new OperationMessage { Id = id, Type = "error", Payload = new ExecutionErrors { Coded("TOO_MANY_OPERATIONS",
                    $"At most {MaxOperations} operations may run at once on one connection; complete some first.") } });
                return;
            }

            _operations.TryAdd(id, null);

            GraphQLRequest request;
            try
            {
                request = serializer.ReadNode<GraphQLRequest>(payload)!;
            }
            catch (JsonException)
            {
                await CloseAsync(4400, "Invalid subscribe message");
                return;
            }

            var (document, unparsable) = GraphQLExecution.Parse(request.Query!);
            if (document is null)
            {
                Fail(id, new ExecutionErrors { new ExecutionError(unparsable!) });
                return;
            }

            // A subscription's stream is attached before the next message is read, so a client that hears any
            // later answer (a pong) knows it will not miss an event. Queries and mutations run beside the loop.
            var operation = RunOperationAsync(id, request, document, cancellation);
            if (GraphQLExecution.FindOperation(document, request.OperationName)?.Operation == OperationType.Subscription)
            {
                await operation;
            }
        }

        private async Task RunOperationAsync(string id, GraphQLRequest request, GraphQLDocument document, CancellationToken cancellation)
        {
            try
            {
                var result = await execution.ExecuteAsync(request, document, userContext, services, cancellation);
                if (!result.Executed)
                {
                    Fail(id, result.Errors!);
                    return;
                }

                if (result.Streams is not { Count: > 0 } streams)
                {
                    Send(new OperationMessage { Id = id, Type = "next", Payload = result });
                    Complete(id);
                    return;
                }

                var subscription = streams.Values.Single().Subscribe(new StreamObserver(this, id));
                if (!_operations.TryUpdate(id, subscription, null))
                {
                    // The client completed the operation while it was being set up.
                    subscription.Dispose();
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "GraphQL operation {OperationId} over WebSocket failed", id);
                await CloseAsync(4500, "Internal server error");
            }
        }

        /// <summary>An <c>error</c> message ends the operation, so its id is free again.</summary>
        private void Fail(string id, ExecutionErrors errors)
        {
            _operations.TryRemove(id, out _);
            Send(new OperationMessage { Id = id, Type = "error", Payload = errors });
        }

        private void Complete(string id)
        {
            if (_operations.TryRemove(id, out _))
            {
                Send(new OperationMessage { Id = id, Type = "complete" });
            }
        }

        private void Send(OperationMessage message)
        {
            if (!_outbox.Writer.TryWrite(message) && socket.State == WebSocketState.Open)
            {
                // A consumer this far behind would make the host hold its events without end.
                _ = CloseAsync((int)WebSocketCloseStatus.PolicyViolation, "Messages are not being read fast enough");
            }
        }

        private static ExecutionError Coded(string code, string message) => new(message) { Code = code };

        private async Task CloseAsync(int code, string reason)
        {
            await _sendLock.WaitAsync(CancellationToken.None);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
                }
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                _sendLock.Release();
                // The client answers the close frame and the receive loop ends on that answer; cutting the connection at
                // once could reset it before the client has read why. A client that never answers is cut off.
                _closing.CancelAfter(CloseHandshakeTimeout);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var subscription in _operations.Values)
            {
                subscription?.Dispose();
            }

            _operations.Clear();
            await _closing.CancelAsync();
            _closing.Dispose();
            _sendLock.Dispose();
        }

        /// <summary>Forwards stream events as <c>next</c> messages.</summary>
        private sealed class StreamObserver(Connection connection, string id) : IObserver<ExecutionResult>
        {
            public void OnNext(ExecutionResult value) =>
                connection.Send(new OperationMessage { Id = id, Type = "next", Payload = value });

            public void OnError(Exception error) =>
                connection.Fail(id, new ExecutionErrors { new ExecutionError("The subscription stopped because of a server error.") });

            public void OnCompleted() => connection.Complete(id);
        }
    }
}
