using System.Net;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Engagement.Platform;

public static class OrleansSetup
{
    /// <summary>The one grain storage of the app; state names must be unique across grain types (see TECH-NOTES).</summary>
    public const string Storage = "engagement";

    private const string Invariant = "Npgsql";

    public static IHostApplicationBuilder AddEngagementSilo(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Orleans");
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = settings["ClusterId"] ?? "engagement";
                options.ServiceId = "engagement";
            });
            silo.Configure<EndpointOptions>(options =>
            {
                options.AdvertisedIPAddress = IPAddress.Loopback;
                options.SiloPort = settings.GetValue("SiloPort", 11111);
            });
            // Whoever reaches a gateway may call any grain with any Caller, and Orleans also opens one when
            // Orleans:Endpoints says so. The grain factory of this process needs none, so none opens, whatever the settings.
            silo.Services.PostConfigure<EndpointOptions>(options =>
            {
                options.GatewayPort = 0;
                options.GatewayListeningEndpoint = null;
            });

            // The providers take the host's one data source, so Orleans shares the connection pool.
            silo.UseAdoNetClustering(options => options.Invariant = Invariant);
            silo.UseAdoNetReminderService(options => options.Invariant = Invariant);
            silo.AddAdoNetGrainStorage(Storage, options => options.Invariant = Invariant);
            silo.Services.AddOptions<AdoNetClusteringSiloOptions>().Configure<NpgsqlDataSource>((o, data) => o.DataSource = data);
            silo.Services.AddOptions<AdoNetReminderTableOptions>().Configure<NpgsqlDataSource>((o, data) => o.DataSource = data);
            silo.Services.AddOptions<AdoNetGrainStorageOptions>(Storage).Configure<NpgsqlDataSource>((o, data) => o.DataSource = data);
            // Plain JSON in the database: readable with psql and free of .NET type names that would break on a rename.
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddDashboard();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapOrleansDashboardForHrAdmins(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrleansDashboard("/orleans").AddEndpointFilter<HrAdminsOnly>();
        return endpoints;
    }
}
