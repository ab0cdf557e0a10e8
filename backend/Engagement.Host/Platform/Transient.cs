using System.Net.Sockets;
using Npgsql;

namespace Engagement.Platform;

/// <summary>
/// Failures that mean "try again shortly", not "this is a bug": PostgreSQL away or restarting, a silo that died or does
/// not answer. They are answered <see cref="Code"/> with HTTP 503 and <c>Retry-After</c>, and an operation that is safe
/// to repeat is repeated by the host first.
/// </summary>
public static class Transient
{
    public const string Code = "UNAVAILABLE";
    public const string Message = "Engagement is briefly unavailable while a part of it restarts. Nothing is lost: try again in a few seconds.";
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(2)];

    public static bool Is(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is NpgsqlException { IsTransient: true } or SiloUnavailableException or OrleansMessageRejectionException or TimeoutException
                or SocketException or Orleans.Runtime.Messaging.ConnectionFailedException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After PostgreSQL restarts, every connection idle in the pool is dead and would fail one request each: at the
    /// first one that breaks, the pool lets them all go.
    /// </summary>
    public static void ForgetDeadConnections(Exception exception, NpgsqlDataSource? dataSource)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is NpgsqlException and not PostgresException || cause is PostgresException { SqlState: "57P01" or "57P02" or "57P03" })
            {
                dataSource?.Clear();
                return;
            }
        }
    }

    /// <summary>
    /// Runs an operation that records its effect once (an idempotency key, a submission id) again after a transient
    /// failure, so a restart the client never needs to hear of stays unheard; the last failure goes to the client.
    /// </summary>
    public static async Task<T> RetriedAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        foreach (var pause in Pauses)
        {
            try
            {
                return await operation();
            }
            catch (Exception exception) when (Is(exception))
            {
                await Task.Delay(pause, cancellationToken);
            }
        }

        return await operation();
    }
}
