namespace Engagement.Features.People;

/// <summary>
/// Counts failed sign-ins per email address across the cluster. Keyed by the address typed, whether or not anyone
/// has it, so throttling never tells an attacker which addresses exist. In memory only: a silo restart forgives.
/// </summary>
public interface ISignInThrottleGrain : IGrainWithStringKey
{
    /// <summary>How long the address must wait before another try, or null when it may try now.</summary>
    Task<TimeSpan?> RetryAfter();

    Task RecordFailure();

    Task Reset();
}

public sealed class SignInThrottleGrain(TimeProvider time) : Grain, ISignInThrottleGrain
{
    public const int AllowedFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Queue<DateTimeOffset> _failures = new();

    public Task<TimeSpan?> RetryAfter()
    {
        ForgetOldFailures();
        return Task.FromResult<TimeSpan?>(_failures.Count >= AllowedFailures ? _failures.Peek() + Window - time.GetUtcNow() : null);
    }

    public Task RecordFailure()
    {
        ForgetOldFailures();
        _failures.Enqueue(time.GetUtcNow());
        while (_failures.Count > AllowedFailures)
        {
            _failures.Dequeue();
        }

        return Task.CompletedTask;
    }

    public Task Reset()
    {
        _failures.Clear();
        return Task.CompletedTask;
    }

    private void ForgetOldFailures()
    {
        while (_failures.TryPeek(out var oldest) && oldest + Window <= time.GetUtcNow())
        {
            _failures.Dequeue();
        }
    }
}
