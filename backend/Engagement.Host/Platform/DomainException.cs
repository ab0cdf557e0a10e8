namespace Engagement.Platform;

/// <summary>
/// An error the user caused and can fix. It carries a stable <see cref="Code"/> for clients and a message
/// written for people; GraphQL passes both through, while every other exception is masked and logged.
/// Serializable so a grain can throw it across a silo boundary.
/// </summary>
[GenerateSerializer]
public sealed class DomainException(string code, string message) : Exception(message)
{
    [Id(0)]
    public string Code { get; } = code;
}
