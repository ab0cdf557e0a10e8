namespace Engagement.Features.People;

/// <summary>
/// Counts failed sign-ins per email address across the cluster. Keyed by the address typed, whether or not anyone
/// has it, so throttling never tells an attacker which addresses exist. In memory only: a silo restart forgives.
/// </summary>
public interface ISignInThrottleGrain : IGrainWithStringKey
{
    /// <summary>
    /// Counts an attempt as failed before the password is even checked, in the same turn as the check of the limit, so
    /// parallel attempts cannot all pass the check first: null when it may go ahead, else how long to wait.
    /// </summary>
    Task<TimeSpan?> BeginAttempt();

    /// <summary>The attempt succeeded: the failures counted so far are forgiven.</summary>
    Task Reset();
}

public sealed class SignInThrottleGrain(TimeProvider time) : Grain, ISignInThrottleGrain
{
    public const int AllowedFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Queue<DateTimeOffset> _failures = new();

    public Task<TimeSpan?> BeginAttempt()
    {
        ForgetOldFailures();
        if (_failures.Count >= AllowedFailures)
        {
            return Task.FromResult<TimeSpan?>(_failures.Peek() + Window - time.GetUtcNow());
        }

        _failures.Enqueue(time.GetUtcNow());
        return Task.FromResult<TimeSpan?>(null);
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
