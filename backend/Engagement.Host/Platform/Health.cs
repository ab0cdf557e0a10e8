using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Engagement.Platform;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: PostgreSQL and the silo answer too. <c>/health</c>
/// says which of three states the host is in, for people and load balancers alike: <c>starting</c> until it has been
/// ready once, then <c>ready</c>, or <c>degraded</c> while a part it needs does not answer (503 for both but ready).
/// </summary>
public static class Health
{
    private const string Ready = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddEngagementHealth(this IHostApplicationBuilder builder)
    {
        // A part that hangs must not hang the answer: after the timeout it counts as not answering.
        builder.Services.AddHealthChecks()
            .AddCheck<PostgresCheck>("postgresql", tags: [Ready], timeout: CheckTimeout)
            .AddCheck<SiloCheck>("orleans-silo", tags: [Ready], timeout: CheckTimeout);
        return builder;
    }

    public static IEndpointRouteBuilder MapEngagementHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        var beenReady = false;
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable },
            ResponseWriter = async (context, report) =>
            {
                beenReady |= report.Status == HealthStatus.Healthy;
                var state = report.Status == HealthStatus.Healthy ? "ready" : beenReady ? "degraded" : "starting";
                await context.Response.WriteAsJsonAsync(new
                {
                    status = state,
                    checks = report.Entries.ToDictionary(entry => entry.Key, entry => new { status = entry.Value.Status.ToString(), entry.Value.Description }),
                });
            },
        });
        return endpoints;
    }

    private sealed class PostgresCheck(NpgsqlDataSource dataSource) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", exception);
            }
        }
    }

    private sealed class SiloCheck(IGrainFactory grains) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s).")
                : HealthCheckResult.Unhealthy("No active silo in the cluster.");
        }
    }
}
