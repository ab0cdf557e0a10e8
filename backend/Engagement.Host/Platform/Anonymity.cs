using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Engagement.Platform;

/// <summary>
/// The one privacy rule for every figure that aggregates people's answers (pulse scores and comments, mood, any survey
/// added later). Answers are grouped into <see cref="ReportingCells"/> of at least the threshold, and a view counts a
/// cell only when the cell lies wholly inside it. Every published figure is then a sum of whole cells, so however a
/// caller combines views (subtracting a team from the company, a sub-line from a line, one filter from another) the
/// finest thing to be learnt is one whole cell, which holds at least the threshold.
/// </summary>
public static class Anonymity
{
    public const int MinimumScores = 5;
    public const int MinimumComments = 10;

    /// <summary>Upward notes reach a manager only once notes from this many different people wait.</summary>
    public const int MinimumUpwardAuthors = 3;

    /// <summary>The key of answers that belong to no group (a person without a team, the top of the chart).</summary>
    public static readonly Guid Ungrouped = Guid.Empty;

    /// <summary>
    /// Rolls groups up a tree into cells: a group with at least <paramref name="minimum"/> answers, counting those
    /// handed up from below, is a cell of its own; a smaller one is handed to its parent, and what reaches the top
    /// still below the minimum is never counted. <paramref name="parentOf"/> answers null at the top.
    /// </summary>
    public static ReportingCells Cells(IReadOnlyDictionary<Guid, int> answersByGroup, Func<Guid, Guid?> parentOf, int minimum)
    {
        // Every group with answers and all groups above it, each with its distance from the top.
        var depth = new Dictionary<Guid, int>();
        int DepthOf(Guid group, int guard)
        {
            if (depth.TryGetValue(group, out var known))
            {
                return known;
            }

            // An organisation chart is at most 64 deep (import refuses loops); a loop here would only stop at the top.
            var parent = guard < 64 ? parentOf(group) : null;
            return depth[group] = parent is { } above ? DepthOf(above, guard + 1) + 1 : 0;
        }

        foreach (var group in answersByGroup.Keys)
        {
            DepthOf(group, 0);
        }

        // Only groups with answers join a cell: a view has nothing of an empty group to leave out.
        var waiting = depth.Keys.ToDictionary(group => group, group => new Waiting(answersByGroup.GetValueOrDefault(group),
            answersByGroup.GetValueOrDefault(group) > 0 ? [group] : []));
        var top = new Waiting(0, []);
        var cellOf = new Dictionary<Guid, Guid>();
        foreach (var group in depth.Keys.OrderByDescending(group => depth[group]).ThenBy(group => group))
        {
            var here = waiting[group];
            if (here.Answers >= minimum)
            {
                here.Groups.ForEach(member => cellOf[member] = group);
                continue;
            }

            var above = depth[group] > 0 ? waiting[parentOf(group)!.Value] : top;
            above.Answers += here.Answers;
            above.Groups.AddRange(here.Groups);
        }

        if (top.Answers >= minimum)
        {
            // Above every tree there is one more cell: what the tops handed up together.
            top.Groups.ForEach(member => cellOf[member] = TopCell);
        }

        return new ReportingCells(cellOf);
    }

    private static readonly Guid TopCell = new("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private sealed class Waiting(int answers, List<Guid> groups)
    {
        public int Answers { get; set; } = answers;

        public List<Guid> Groups { get; } = groups;
    }
}

/// <summary>Which cell each group's answers count in; groups without a cell are never counted anywhere.</summary>
public sealed class ReportingCells(IReadOnlyDictionary<Guid, Guid> cellOf)
{
    /// <summary>
    /// The groups a view may count: those whose cell lies wholly inside the view. <paramref name="whollyInView"/> says
    /// whether every answer of a group is inside the view; a group partly inside spoils its whole cell.
    /// </summary>
    public IReadOnlySet<Guid> Counted(Func<Guid, bool> whollyInView)
    {
        var cells = cellOf.GroupBy(pair => pair.Value).Where(cell => cell.All(pair => whollyInView(pair.Key)));
        return cells.SelectMany(cell => cell.Select(pair => pair.Key)).ToHashSet();
    }
}

public static class AnonymityServices
{
    /// <summary>
    /// The sealing keys: <c>DataProtection:KeysDirectory</c>, shared by every host of a cluster and never put in the
    /// database; by default a folder in the host user's home. Losing it loses the answers still waiting sealed.
    /// </summary>
    public static IHostApplicationBuilder AddEngagementAnonymity(this IHostApplicationBuilder builder)
    {
        var keys = builder.Configuration["DataProtection:KeysDirectory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "engagement", "keys");
        builder.Services.AddDataProtection().SetApplicationName("Engagement").PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddSingleton<AnswerSeal>();
        return builder;
    }
}

/// <summary>
/// Seals anonymous answers while they wait to be released, with keys the hosts keep (ASP.NET Core Data Protection)
/// and the database never sees: a waiting answer is written beside its participation record, and only sealed can
/// that row, its transaction id and its write-ahead log entry say nothing about what was answered.
/// </summary>
public sealed class AnswerSeal(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Engagement.AnonymousAnswers.v1");

    public byte[] Seal(string text) => _protector.Protect(Encoding.UTF8.GetBytes(text));

    public string Open(byte[] sealedText) => Encoding.UTF8.GetString(_protector.Unprotect(sealedText));

    /// <summary>Puts released answers in an order unrelated to when they were given, so their physical order tells nothing either.</summary>
    public static T[] Shuffled<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        RandomNumberGenerator.Shuffle(array.AsSpan());
        return array;
    }
}
