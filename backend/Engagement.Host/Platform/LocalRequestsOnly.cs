namespace Engagement.Platform;

/// <summary>
/// Operator dashboards (Orleans, Hangfire) answer only requests from this machine until sign-in and roles
/// exist; then they move behind the HR admin policy.
/// </summary>
public static class LocalRequestsOnly
{
    public static ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsLocal(context.HttpContext)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status403Forbidden));

    public static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote);
}
