using Engagement.Platform;

namespace Engagement.Features.Feedback;

public enum FeedbackVisibility
{
    Private,
    SharedWithManager,
}

public enum FeedbackRequestStatus
{
    Pending,
    Answered,
    Declined,
}

public static class FeedbackRules
{
    public const int MaxTextLength = 4_000;
    public const int MaxRespondents = 20;

    public static string CheckText(string? text, string what = "feedback")
    {
        text = text?.Trim() ?? "";
        return text.Length is > 0 and <= MaxTextLength
            ? text
            : throw new DomainException("TEXT_INVALID", $"Write the {what} in 1 to {MaxTextLength} characters.");
    }

    public static string StatusName(FeedbackRequestStatus status) => status.ToString().ToUpperInvariant();

    public static string VisibilityName(FeedbackVisibility visibility) =>
        visibility == FeedbackVisibility.Private ? "PRIVATE" : "SHARED_WITH_MANAGER";
}
