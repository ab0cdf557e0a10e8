using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Engagement.Platform;

namespace Engagement.Tests.Support;

/// <summary>A bare graphql-transport-ws peer, so tests can also send what a well-behaved client never would.</summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<GraphQLWebSocketClient> ConnectAsync(TestHost host, string? sessionCookie, bool initialise = true)
    {
        var client = new GraphQLWebSocketClient();
        client._socket.Options.AddSubProtocol(GraphQLWebSocketEndpoint.Protocol);
        if (sessionCookie is not null)
        {
            client._socket.Options.SetRequestHeader("Cookie", sessionCookie);
        }

        await client._socket.ConnectAsync(host.WebSocketUri, Timeout());
        if (initialise)
        {
            await client.SendAsync(new JsonObject { ["type"] = "connection_init" });
            Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        }

        return client;
    }

    public string? SubProtocol => _socket.SubProtocol;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public Task SendAsync(JsonObject message) => SendTextAsync(message.ToJsonString());

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Timeout());

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new JsonObject
        {
            ["id"] = id, ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(variables) },
        });

    /// <summary>The first error code an operation's answer carries (an <c>error</c> message, or errors in its <c>next</c>), or null.</summary>
    public static string? ErrorCodeOf(JsonObject message) => message["type"]!.GetValue<string>() switch
    {
        "error" => message["payload"]![0]!["extensions"]?["code"]?.GetValue<string>(),
        "next" => message["payload"]!["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>(),
        var other => throw new InvalidOperationException($"Expected an operation's answer, got {other}: {message.ToJsonString()}"),
    };

    /// <summary>The next message, or a <c>close</c> pseudo-message carrying the close code.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, Timeout());
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return new JsonObject { ["type"] = "close", ["code"] = (int?)_socket.CloseStatus, ["reason"] = _socket.CloseStatusDescription };
            }

            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonNode.Parse(text.ToArray())!.AsObject();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Timeout());
        }

        _socket.Dispose();
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}
