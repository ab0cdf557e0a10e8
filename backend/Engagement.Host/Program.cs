using Engagement.Features;
using Engagement.Features.Company;
using Engagement.Features.Feedback;
using Engagement.Features.Ideas;
using Engagement.Features.Insights;
using Engagement.Features.Notifications;
using Engagement.Features.OneOnOnes;
using Engagement.Features.People;
using Engagement.Features.Recognition;
using Engagement.Platform;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
builder.AddEngagementProxies()
    .AddEngagementDatabase()
    .AddEngagementSilo()
    .AddEngagementJobs()
    .AddEngagementGraphQL()
    .AddEngagementHealth()
    .AddEngagementAnonymity()
    .AddCompany()
    .AddPeople()
    .AddRecognition()
    .AddIdeas()
    .AddFeedback()
    .AddOneOnOnes()
    .AddNotifications()
    .AddInsights();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<LiveEvents>().AddHostedService(services => services.GetRequiredService<LiveEvents>());
builder.Services.AddHostedService<DemoOrganisation>();

var app = builder.Build();
if (args.FirstOrDefault() == "export-schema")
{
    await SchemaExport.WriteAsync(app.Services, args.ElementAtOrDefault(1));
    return;
}

try
{
    await Database.EnsureReadyAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), app.Lifetime.ApplicationStopping);
}
catch (DatabaseUnavailableException problem)
{
    Console.Error.WriteLine(problem.Message);
    Environment.ExitCode = 2;
    return;
}

app.UseEngagementProxies();
app.UseEngagementSecurityHeaders();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
app.MapSingleSignOn();
app.MapEngagementHealth();
app.MapEngagementGraphQL();
app.MapCalendarFeeds();
app.MapOrleansDashboardForHrAdmins();
app.MapJobsDashboard();
app.UseEngagementFrontend();
app.Run();

public partial class Program;
