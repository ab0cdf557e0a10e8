using System.Threading.RateLimiting;

namespace Engagement.Platform;

/// <summary>
/// Each person gets a budget of GraphQL requests per minute on each host (keyed by who they are once signed in,
/// by their address before), so one busy client cannot slow everyone else down. Keyed after the session is
/// checked: a made-up cookie buys no fresh budget.
/// </summary>
public sealed class RequestBudget(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimit:PermitsPerMinute", 600),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the request may go ahead, else how long the caller should wait.</summary>
    public TimeSpan? TryTake(Caller caller, HttpContext context)
    {
        var key = caller.EmployeeId is { } employeeId ? $"employee:{employeeId}" : $"address:{context.Connection.RemoteIpAddress}";
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}

public static class SessionCookie
{
    public const string Name = "engagement_session";
}
