using Microsoft.Extensions.FileProviders;

namespace Engagement.Platform;

/// <summary>Serves the built React app (<c>frontend/dist</c>) with a fallback to <c>index.html</c> for client-side routes.</summary>
public static class Frontend
{
    public static WebApplication UseEngagementFrontend(this WebApplication app)
    {
        var dist = Path.GetFullPath(app.Configuration["Frontend:DistPath"]
            ?? Path.Combine(app.Environment.ContentRootPath, "..", "..", "frontend", "dist"));
        if (!File.Exists(Path.Combine(dist, "index.html")))
        {
            app.Logger.LogWarning("No built frontend at {FrontendPath}; run infra/run.sh or npm run build in frontend/", dist);
            app.MapFallback(() => Results.Text("The frontend is not built yet: run infra/run.sh, or npm run build in frontend/.", statusCode: 503));
            return app;
        }

        var files = new PhysicalFileProvider(dist);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
        return app;
    }
}
