namespace Engagement.Tests.Support;

/// <summary>The recognition requests tests send, with sensible defaults.</summary>
public static class KudosRequests
{
    public const string Give = """
        mutation ($input: GiveKudosInput!) {
          giveKudos(input: $input) { id message value points giver { id } recipients { id } }
        }
        """;

    public static async Task SetAllowanceAsync(TestHost host, HttpClient hrAdmin, int points) =>
        (await host.GraphQLAsync("""
            mutation ($points: Int!) {
              updateCompanyProfile(input: { name: "Test Co", timeZone: "Europe/Paris", values: ["Own it", "Customers first"],
                                            ideaAnswerSlaHours: 24, monthlyKudosAllowance: $points }) { name }
            }
            """, new { points }, hrAdmin)).DataOrThrow();

    public static object Kudos(Guid recipient, int points = 5, string message = "Thanks for covering my shift!", string value = "Own it", string? key = null) =>
        new { input = new { idempotencyKey = key ?? Guid.NewGuid().ToString(), recipientIds = new[] { recipient }, message, value, points } };
}
