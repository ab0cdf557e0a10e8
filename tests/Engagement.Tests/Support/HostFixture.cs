namespace Engagement.Tests.Support;

/// <summary>One database and one running host shared by the tests of the <see cref="HostCollection"/>.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Host = new TestHost(Database.Url);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "running host";
}
