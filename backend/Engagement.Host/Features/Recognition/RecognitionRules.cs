using Engagement.Platform;

namespace Engagement.Features.Recognition;

/// <summary>What a giver asks for, as the API received it.</summary>
[GenerateSerializer, Immutable]
public sealed record GiveKudos(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] IReadOnlyList<Guid> RecipientIds,
    [property: Id(2)] string Message,
    [property: Id(3)] string Value,
    [property: Id(4)] int Points);

/// <summary>A kudos that passed every rule that needs no database: ready to be recorded.</summary>
public sealed record CheckedKudos(Guid GiverId, string IdempotencyKey, IReadOnlyList<Guid> RecipientIds, string Message, string Value, int Points)
{
    /// <summary>In 64 bits and checked: points are capped per recipient, but a product of two ints must never wrap to a small debit.</summary>
    public long Debit => checked((long)Points * RecipientIds.Count);
}

public static class RecognitionRules
{
    public const int MaxMessageLength = 500;
    public const int MaxRecipients = 20;
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxCommentLength = 1000;
    public static readonly IReadOnlyList<string> Reactions = ["👏", "🎉", "❤️", "🙌", "🚀", "😂"];

    public static CheckedKudos Check(Guid giverId, GiveKudos request, IReadOnlyList<string> companyValues, int monthlyAllowance)
    {
        var key = request.IdempotencyKey?.Trim() ?? "";
        if (key.Length is 0 or > MaxIdempotencyKeyLength)
        {
            throw new DomainException("IDEMPOTENCY_KEY_INVALID", $"Send an idempotency key of 1 to {MaxIdempotencyKeyLength} characters with each kudos.");
        }

        var recipients = (request.RecipientIds ?? []).Distinct().ToList();
        if (recipients.Count is 0 or > MaxRecipients)
        {
            throw new DomainException("RECIPIENTS_INVALID", $"Recognise 1 to {MaxRecipients} colleagues at a time.");
        }

        if (recipients.Contains(giverId))
        {
            throw new DomainException("SELF_KUDOS", "You cannot recognise yourself; ask a colleague to notice your work.");
        }

        var message = request.Message?.Trim() ?? "";
        if (message.Length == 0)
        {
            throw new DomainException("MESSAGE_EMPTY", "Say what they did: the message cannot be empty.");
        }

        if (message.Length > MaxMessageLength)
        {
            throw new DomainException("MESSAGE_TOO_LONG", $"Keep the message to at most {MaxMessageLength} characters ({message.Length} now).");
        }

        var value = companyValues.FirstOrDefault(candidate => string.Equals(candidate, request.Value?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainException("VALUE_UNKNOWN", $"'{request.Value}' is not one of the company values: {string.Join(", ", companyValues)}.");

        if (request.Points < 0)
        {
            throw new DomainException("POINTS_INVALID", "Points cannot be negative.");
        }

        if (request.Points > monthlyAllowance)
        {
            throw new DomainException("POINTS_INVALID", $"Give each colleague at most {monthlyAllowance} points, the whole monthly allowance.");
        }

        return new CheckedKudos(giverId, key, recipients, message, value, request.Points);
    }

    public static string CheckComment(string text)
    {
        text = text?.Trim() ?? "";
        return text.Length is 0 or > MaxCommentLength
            ? throw new DomainException("COMMENT_INVALID", $"A comment has 1 to {MaxCommentLength} characters.")
            : text;
    }

    public static string CheckReaction(string emoji) =>
        Reactions.Contains(emoji) ? emoji : throw new DomainException("REACTION_UNKNOWN", $"React with one of {string.Join(" ", Reactions)}.");
}
