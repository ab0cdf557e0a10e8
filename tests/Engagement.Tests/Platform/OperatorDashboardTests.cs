using System.Net;
using Engagement.Tests.Support;

namespace Engagement.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class OperatorDashboardTests(HostFixture fixture)
{
    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/orleans/")]
    public async Task Only_hr_admins_open_the_operator_dashboards(string path)
    {
        using var anonymous = await fixture.Host.Http.GetAsync(path);
        using var employee = await (await fixture.ClientOfAsync(TestOrg.Employee)).GetAsync(path);
        using var manager = await (await fixture.ClientOfAsync(TestOrg.TheirManager)).GetAsync(path);
        using var hrAdmin = await fixture.HrAdmin.GetAsync(path);

        Assert.False(anonymous.IsSuccessStatusCode, $"anonymous got {anonymous.StatusCode}");
        Assert.False(employee.IsSuccessStatusCode, $"employee got {employee.StatusCode}");
        Assert.False(manager.IsSuccessStatusCode, $"manager got {manager.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, hrAdmin.StatusCode);
        Assert.Contains("text/html", hrAdmin.Content.Headers.ContentType?.ToString());
    }
}
