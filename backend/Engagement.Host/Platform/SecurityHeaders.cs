namespace Engagement.Platform;

/// <summary>
/// Headers every response carries, pages, assets, API and health alike (set as the response starts, so that error
/// responses keep them too).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The app loads nothing from elsewhere and runs nothing inline: its scripts, styles, icon and API are all files or
    /// endpoints of this origin. Style attributes are allowed (style elements are not): ECharts writes them as the pointer
    /// moves over a chart. <c>connect-src</c> names the WebSocket origin too, which older browsers do not count as
    /// <c>'self'</c>. Nothing may frame the app, so no other page can overlay it to steal clicks.
    /// </summary>
    private const string AppPolicy =
        "default-src 'self'; style-src-attr 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The Hangfire and Orleans dashboards (HR admins only) inline their styles and load icons and fonts as data: URLs.</summary>
    private const string DashboardPolicy = AppPolicy + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:";

    private static readonly PathString[] Dashboards = [Jobs.DashboardPath, "/orleans"];

    public static WebApplication UseEngagementSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Chosen now: a dashboard's own pipeline moves its prefix from the path to the path base.
            var policy = Dashboards.Any(dashboard => context.Request.Path.StartsWithSegments(dashboard)) ? DashboardPolicy : AppPolicy;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = $"{policy}; connect-src 'self'{WebSocketOrigin(context.Request)}";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                // Paths name people, meetings and searches; no other site needs to learn them. (The anonymous follow
                // token rides in the fragment, which browsers never send.)
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>The socket origin of this host as the browser reached it (through a known proxy: its public name and scheme).</summary>
    private static string WebSocketOrigin(HttpRequest request) =>
        request.Host.HasValue && Uri.CheckHostName(request.Host.Host) != UriHostNameType.Unknown
            ? $" {(request.IsHttps ? "wss" : "ws")}://{request.Host.ToUriComponent()}"
            : "";
}
