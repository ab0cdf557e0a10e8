using System.Net;
using System.Net.Sockets;
using Engagement.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Engagement.Benchmarks;

/// <summary>The real host (silo, grains, Hangfire, PostgreSQL) in this process, quiet but for errors, against one database.</summary>
public static class BenchHost
{
    public static WebApplicationFactory<Program> Start(string databaseUrl)
    {
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSolutionRelativeContentRoot("backend/Engagement.Host", "Engagement.sln");
            builder.UseSetting(Database.UrlVariable, databaseUrl);
            builder.UseSetting("Orleans:ClusterId", $"bench-{Guid.NewGuid():N}");
            builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
            builder.UseSetting("Jobs:Recurring", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Error");
        });
        _ = host.Server;
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
