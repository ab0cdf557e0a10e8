using Hangfire;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Npgsql;

namespace Engagement.Platform;

/// <summary>Hangfire keeps its queue in the same PostgreSQL, so every host of the cluster shares one queue.</summary>
public static class Jobs
{
    public const string DashboardPath = "/hangfire";

    public static IHostApplicationBuilder AddEngagementJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHangfire((services, configuration) => configuration
            .UseLogProvider(RunningHostsLogProvider.Track(services))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseConnectionFactory(new DataSourceConnectionFactory(services.GetRequiredService<NpgsqlDataSource>())),
                new PostgreSqlStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    SchemaName = "hangfire",
                    // LISTEN/NOTIFY wakes a worker as soon as a job is queued (an import's progress bar should move
                    // at once, not after the default 15-second poll); the poll remains as a fallback.
                    EnableLongPolling = true,
                    QueuePollInterval = TimeSpan.FromSeconds(5),
                }));
        builder.Services.AddHostedService<RecurringJobs.Registrar>();
        builder.Services.AddSingleton<HrAdminsOnly>();
        builder.Services.AddHangfireServer(options =>
        {
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "Engagement jobs",
            AsyncAuthorization = [endpoints.ServiceProvider.GetRequiredService<HrAdminsOnly>()],
        });
        return endpoints;
    }

    /// <summary>
    /// Hangfire logs through one static provider per process. Hosts started and stopped in one process (the
    /// integration tests) would leave it holding the disposed logger factory of whichever configured it last;
    /// this one forwards each message to a host that is still running.
    /// </summary>
    private sealed class RunningHostsLogProvider : ILogProvider
    {
        private static readonly List<ILoggerFactory> Running = [];

        public static RunningHostsLogProvider Track(IServiceProvider services)
        {
            var factory = services.GetRequiredService<ILoggerFactory>();
            lock (Running)
            {
                Running.Add(factory);
            }

            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() =>
            {
                lock (Running)
                {
                    Running.Remove(factory);
                }
            });
            return new RunningHostsLogProvider();
        }

        public ILog GetLogger(string name) => new ForwardingLog(name);

        private sealed class ForwardingLog(string name) : ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
            {
                ILogger logger;
                lock (Running)
                {
                    if (Running.Count == 0)
                    {
                        return false;
                    }

                    logger = Running[^1].CreateLogger(name);
                }

                // Both enums number Trace..Critical/Fatal 0 to 5.
                var level = (Microsoft.Extensions.Logging.LogLevel)(int)logLevel;
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                logger.Log(level, exception, "{HangfireMessage}", messageFunc());
                return true;
            }
        }
    }

    private sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => dataSource.OpenConnection();
    }
}
