using Hangfire.Dashboard;

namespace Engagement.Platform;

/// <summary>
/// The Orleans and Hangfire dashboards show every grain and job of the portal, so only HR admins, signed in with the
/// portal's own session, may open them.
/// </summary>
public sealed class HrAdminsOnly(ICallerResolver callers) : IEndpointFilter, IDashboardAsyncAuthorizationFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await IsHrAdminAsync(context.HttpContext)
            ? await next(context)
            : Results.StatusCode(StatusCodes.Status403Forbidden);

    public Task<bool> AuthorizeAsync(DashboardContext context) => IsHrAdminAsync(context.GetHttpContext());

    private async Task<bool> IsHrAdminAsync(HttpContext context) =>
        (await callers.ResolveAsync(context, context.RequestAborted)).IsHrAdmin;
}
