using Engagement.Platform;

namespace Engagement.Features.Ideas;

public enum IdeaStatus
{
    New,
    UnderReview,
    Planned,
    InProgress,
    Done,
    Declined,
    Merged,
}

[GenerateSerializer, Immutable]
public sealed record IdeaDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Problem,
    [property: Id(2)] string Proposal,
    [property: Id(3)] string Category,
    [property: Id(4)] bool Anonymous);

public static class IdeaRules
{
    public const int MaxTitleLength = 150;
    public const int MaxTextLength = 4_000;
    public const int MaxResponseLength = 2_000;
    public const int MaxCommentLength = 2_000;

    public static readonly IReadOnlyList<string> Categories =
        ["Customer experience", "Process", "Tools & systems", "Products & services", "Workplace & safety", "Other"];

    /// <summary>Where an idea may go next. Done, Declined and Merged are answers: they end the idea's road.</summary>
    private static readonly Dictionary<IdeaStatus, IdeaStatus[]> Next = new()
    {
        [IdeaStatus.New] = [IdeaStatus.UnderReview, IdeaStatus.Planned, IdeaStatus.Declined, IdeaStatus.Merged],
        [IdeaStatus.UnderReview] = [IdeaStatus.Planned, IdeaStatus.Declined, IdeaStatus.Merged],
        [IdeaStatus.Planned] = [IdeaStatus.InProgress, IdeaStatus.Declined, IdeaStatus.Merged],
        [IdeaStatus.InProgress] = [IdeaStatus.Done, IdeaStatus.Declined],
        [IdeaStatus.Done] = [],
        [IdeaStatus.Declined] = [],
        [IdeaStatus.Merged] = [],
    };

    public static bool IsOpen(IdeaStatus status) => Next[status].Length > 0;

    public static IReadOnlyList<IdeaStatus> AllowedNext(IdeaStatus status) => Next[status];

    public static IdeaDraft Check(IdeaDraft draft)
    {
        var title = Required(draft.Title, "title", MaxTitleLength);
        var problem = Required(draft.Problem, "problem", MaxTextLength);
        var proposal = Required(draft.Proposal, "proposal", MaxTextLength);
        var category = Categories.FirstOrDefault(known => string.Equals(known, draft.Category?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainException("CATEGORY_UNKNOWN", $"Choose one of the categories: {string.Join(", ", Categories)}.");
        return new IdeaDraft(title, problem, proposal, category, draft.Anonymous);
    }

    public static void CheckTransition(IdeaStatus from, IdeaStatus to)
    {
        if (!Next[from].Contains(to))
        {
            throw new DomainException("TRANSITION_FORBIDDEN", Next[from].Length == 0
                ? $"This idea is {Describe(from)}: its answer is final."
                : $"An idea that is {Describe(from)} can become {string.Join(", ", Next[from].Select(Describe))}, not {Describe(to)}.");
        }
    }

    public static string CheckResponse(string response) => Required(response, "response", MaxResponseLength, "RESPONSE_REQUIRED",
        "Every change of status needs a written answer to the people who care about this idea.");

    public static string CheckComment(string text) => Required(text, "comment", MaxCommentLength);

    public static string Describe(IdeaStatus status) => status switch
    {
        IdeaStatus.UnderReview => "under review",
        IdeaStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Required(string? text, string field, int maxLength, string code = "IDEA_TEXT_INVALID", string? emptyMessage = null)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new DomainException(code, emptyMessage ?? $"The {field} cannot be empty.");
        }

        return text.Length <= maxLength
            ? text
            : throw new DomainException(code == "RESPONSE_REQUIRED" ? "RESPONSE_TOO_LONG" : code,
                $"The {field} is too long: {text.Length} characters, at most {maxLength}.");
    }
}
