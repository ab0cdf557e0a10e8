using System.Collections.Concurrent;
using Engagement.Tests.Support;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Platform;

/// <summary>
/// Hangfire logs through a process-wide static provider that points at the last host started, so this test starts
/// its own host; the collection keeps other hosts from starting or stopping meanwhile.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class JobsTests
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Ran = new();

    [Fact]
    public async Task A_job_enqueued_in_postgresql_is_run_by_the_hosts_hangfire_server()
    {
        var marker = Guid.NewGuid().ToString("N");
        var ran = Ran.GetOrAdd(marker, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();

        var jobId = jobs.Enqueue(() => Record(marker));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1L, await database.ScalarAsync<long>($"SELECT count(*) FROM hangfire.job WHERE id = {long.Parse(jobId)}"));
    }

#pragma warning disable xUnit1013 // Hangfire calls it: a job method must be public.
    public static void Record(string marker) => Ran.GetOrAdd(marker, _ => new TaskCompletionSource()).TrySetResult();
#pragma warning restore xUnit1013
}
