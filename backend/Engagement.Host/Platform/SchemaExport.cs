using GraphQL;

namespace Engagement.Platform;

/// <summary>Prints the live schema as SDL: the frontend's types come from the checked-in copy, which a test keeps fresh.</summary>
public static class SchemaExport
{
    public static string Print(IServiceProvider services)
    {
        var schema = services.GetRequiredService<EngagementSchema>();
        schema.Initialize();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    public static async Task WriteAsync(IServiceProvider services, string? path)
    {
        var sdl = Print(services);
        if (path is null)
        {
            Console.Write(sdl);
            return;
        }

        await File.WriteAllTextAsync(path, sdl);
        Console.WriteLine($"Wrote the GraphQL schema to {Path.GetFullPath(path)}");
    }
}
