namespace Engagement.Platform;

public static class TimeZones
{
    /// <summary>The IANA id for a name this machine knows, or null; Windows names are refused so stored ids stay portable.</summary>
    public static string? Normalize(string? name) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(name?.Trim() ?? "", out var zone) && zone.HasIanaId ? zone.Id : null;

    /// <summary>The calendar date an instant falls on in a time zone.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);

    public static string Require(string? name) =>
        Normalize(name) ?? throw new DomainException("TIME_ZONE_UNKNOWN",
            $"'{name?.Trim()}' is not a known time zone; use an IANA name such as Europe/Paris.");
}
