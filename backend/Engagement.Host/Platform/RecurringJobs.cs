using Hangfire;
using Hangfire.Common;

namespace Engagement.Platform;

/// <summary>A Hangfire recurring job that declares itself: its id, its schedule and what it does.</summary>
public interface IRecurringJob
{
    string Id { get; }

    /// <summary>A cron expression in UTC.</summary>
    string Cron { get; }

    /// <summary>Finds due work and calls idempotent feature code: Hangfire runs a job at least once, sometimes twice.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}

public static class RecurringJobs
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services) where TJob : class, IRecurringJob
    {
        services.AddTransient<TJob>();
        services.AddSingleton<IRecurringJob>(provider => provider.GetRequiredService<TJob>());
        return services;
    }

    /// <summary>
    /// Registers every declared job at start-up; several hosts doing so converge on one schedule per id.
    /// <c>Jobs:Recurring=false</c> leaves the schedule alone (tests run jobs themselves, at instants they choose).
    /// </summary>
    public sealed class Registrar(IRecurringJobManager manager, IEnumerable<IRecurringJob> jobs, IConfiguration configuration) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!configuration.GetValue("Jobs:Recurring", true))
            {
                return Task.CompletedTask;
            }

            foreach (var job in jobs)
            {
                var type = job.GetType();
                manager.AddOrUpdate(job.Id, new Job(type, type.GetMethod(nameof(IRecurringJob.RunAsync))!, CancellationToken.None), job.Cron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
