using System.Collections.Concurrent;
using System.Text.Json;
using Npgsql;

namespace Engagement.Platform;

/// <summary>
/// Live events for subscriptions, carried by PostgreSQL LISTEN/NOTIFY so that an event raised on any host of the
/// cluster reaches the subscribers connected to every host, with no broker beside the database. NOTIFY payloads are
/// limited to 8000 bytes: publish small summaries or ids, never lists.
/// </summary>
public sealed class LiveEvents(NpgsqlDataSource dataSource, ILogger<LiveEvents> logger) : BackgroundService
{
    private const string Channel = "engagement_live";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    // Copy-on-write arrays, so dispatch walks a stable list while subscribers come and go.
    private readonly ConcurrentDictionary<string, Action<JsonElement>[]> _topics = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once this host receives events, so a start-up or a test never misses the first one.</summary>
    public Task Listening => _listening.Task;

    public async Task PublishAsync<T>(string topic, T payload, CancellationToken cancellationToken)
    {
        var envelope = JsonSerializer.Serialize(new Envelope(topic, JsonSerializer.SerializeToElement(payload, JsonOptions)), JsonOptions);
        await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @envelope)");
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("envelope", envelope);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public IObservable<T> Observe<T>(string topic) => new TopicObservable<T>(this, topic);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, notification) => Dispatch(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(exception, "Live events lost their database connection; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private void Dispatch(string text)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(text, JsonOptions);
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "Ignored a malformed live event");
            return;
        }

        if (envelope is not null && _topics.TryGetValue(envelope.Topic, out var observers))
        {
            foreach (var observer in observers)
            {
                observer(envelope.Payload);
            }
        }
    }

    private IDisposable Add(string topic, Action<JsonElement> observer)
    {
        _topics.AddOrUpdate(topic, _ => [observer], (_, observers) => [.. observers, observer]);
        return new Unsubscriber(() => _topics.AddOrUpdate(topic, _ => [], (_, observers) => [.. observers.Where(item => item != observer)]));
    }

    private sealed record Envelope(string Topic, JsonElement Payload);

    private sealed class Unsubscriber(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }

    private sealed class TopicObservable<T>(LiveEvents events, string topic) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer) =>
            events.Add(topic, payload => observer.OnNext(payload.Deserialize<T>(JsonOptions)!));
    }
}
