using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Engagement.Platform;

/// <summary>
/// Behind a reverse proxy that terminates TLS, the host sees the proxy's plain HTTP: <c>X-Forwarded-For</c>,
/// <c>-Proto</c> and <c>-Host</c> say what the browser used (https, the public name, its address), and the host uses them
/// for single sign-on's return address, per-address rate limits and the WebSocket origin of its content policy. Anyone
/// can send those headers, so they count only from the addresses or networks in <c>ForwardedHeaders:KnownProxies</c>.
/// </summary>
public static class Proxies
{
    public const string Setting = "ForwardedHeaders:KnownProxies";

    public static IHostApplicationBuilder AddEngagementProxies(this IHostApplicationBuilder builder)
    {
        var proxies = KnownProxies(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // ASP.NET Core trusts loopback by default; only what is configured counts here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownIPNetworks.Add(proxy);
            }

            // A chain of listed proxies (a load balancer behind a CDN) is followed to the first address not listed.
            options.ForwardLimit = null;
        });
        return builder;
    }

    public static WebApplication UseEngagementProxies(this WebApplication app)
    {
        // With no known proxy at all the middleware would trust every sender, so it runs only when some are listed.
        if (KnownProxies(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>Addresses (<c>10.0.0.5</c>) and networks (<c>10.0.0.0/8</c>), as a list or separated by commas.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> KnownProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var entries = section.Value is { } list ? list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries) : section.GetChildren().Select(child => child.Value ?? "");
        return entries.Select(entry => entry.Trim()).Where(entry => entry.Length > 0).Select(Parse).ToList();
    }

    private static System.Net.IPNetwork Parse(string entry) =>
        IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
        : System.Net.IPNetwork.TryParse(entry, out var network) ? network
        : throw new InvalidOperationException($"{Setting}: \"{entry}\" is neither an IP address (10.0.0.5) nor a network (10.0.0.0/8).");
}
