using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace Engagement.Platform;

/// <summary>Hangfire keeps its queue in the same PostgreSQL, so every host of the cluster shares one queue.</summary>
public static class Jobs
{
    public static IHostApplicationBuilder AddEngagementJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHangfire((services, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseConnectionFactory(new DataSourceConnectionFactory(services.GetRequiredService<NpgsqlDataSource>())),
                new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, SchemaName = "hangfire" }));
        builder.Services.AddHangfireServer(options =>
        {
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions { DashboardTitle = "Engagement jobs" });
        return endpoints;
    }

    private sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => dataSource.OpenConnection();
    }
}
