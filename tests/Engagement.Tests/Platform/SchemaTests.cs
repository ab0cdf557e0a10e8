using Engagement.Platform;
using Engagement.Tests.Support;

namespace Engagement.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class SchemaTests(HostFixture fixture)
{
    [Fact]
    public void The_checked_in_schema_matches_the_live_one()
    {
        var checkedIn = Path.Combine(RepositoryRoot(), "frontend", "schema.graphql");

        var live = SchemaExport.Print(fixture.Host.Services);

        Assert.True(File.ReadAllText(checkedIn).ReplaceLineEndings("\n") == live,
            "frontend/schema.graphql is stale: run `dotnet run --project backend/Engagement.Host -- export-schema \"$PWD/frontend/schema.graphql\"`, "
            + "then `npm run codegen` in frontend/.");
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Engagement.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Engagement.sln not found above the test binaries.");
    }
}
