using Engagement.Platform;

namespace Engagement.Tests.Platform;

/// <summary>
/// The rule behind every aggregate of answers, checked on thousands of random organisations: whatever views an
/// attacker combines, what can be worked out by adding and subtracting them is a sum over the groups that every view
/// treats alike, and each such set of groups must hold no answers or at least the minimum.
/// </summary>
public sealed class AnonymityTests
{
    private const int Minimum = 5;

    [Fact]
    public void A_group_with_enough_answers_is_a_cell_and_a_smaller_one_counts_only_with_its_parent()
    {
        var (top, lead, small) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var parents = new Dictionary<Guid, Guid?> { [top] = null, [lead] = top, [small] = lead };

        var cells = Anonymity.Cells(new Dictionary<Guid, int> { [lead] = 2, [small] = 3 }, group => parents[group], Minimum);

        Assert.Equal(new[] { lead, small }.Order(), cells.Counted(_ => true).Order());
        Assert.Empty(cells.Counted(group => group == small));
        Assert.Empty(cells.Counted(group => group == lead));
    }

    [Fact]
    public void What_reaches_the_top_below_the_minimum_counts_nowhere()
    {
        var teams = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();

        var cells = Anonymity.Cells(new Dictionary<Guid, int> { [teams[0]] = 6, [teams[1]] = 1, [teams[2]] = 3 }, _ => null, Minimum);

        Assert.Equal([teams[0]], cells.Counted(_ => true));
    }

    [Fact]
    public void Small_groups_together_under_the_top_make_one_cell_that_only_views_holding_all_of_them_count()
    {
        var teams = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();

        var cells = Anonymity.Cells(new Dictionary<Guid, int> { [teams[0]] = 6, [teams[1]] = 1, [teams[2]] = 4 }, _ => null, Minimum);

        Assert.Equal(teams.Order(), cells.Counted(_ => true).Order());
        Assert.Equal([teams[0]], cells.Counted(group => group != teams[2]));
    }

    [Fact]
    public void No_combination_of_views_of_a_random_organisation_isolates_fewer_answers_than_the_minimum()
    {
        var random = new Random(20261204);
        for (var organisation = 0; organisation < 2_000; organisation++)
        {
            var groups = Enumerable.Range(0, random.Next(1, 25)).Select(_ => Guid.NewGuid()).ToList();
            // A random forest: each group hangs under an earlier one or at the top.
            var parents = groups.Select((group, index) => (group, parent: index == 0 || random.Next(4) == 0 ? (Guid?)null : groups[random.Next(index)]))
                .ToDictionary(pair => pair.group, pair => pair.parent);
            var answers = groups.Where(_ => random.Next(5) > 0).ToDictionary(group => group, _ => random.Next(0, 8));
            var cells = Anonymity.Cells(answers, group => parents[group], Minimum);

            // Views an attacker can ask for: every line (a group and all below it), random selections, and their complements.
            var views = groups.Select(root => Below(root, parents)).Concat(Enumerable.Range(0, 12).Select(_ => groups.Where(_ => random.Next(2) == 0).ToHashSet()))
                .SelectMany(view => new[] { view, groups.Except(view).ToHashSet() }).ToList();
            var counted = views.Select(view => cells.Counted(view.Contains)).ToList();

            foreach (var (view, countedGroups) in views.Zip(counted))
            {
                Assert.Subset(view, countedGroups.ToHashSet());
            }

            // Groups every view treats alike can only be worked out together; together they hold none or enough answers.
            var alike = answers.Keys.GroupBy(group => string.Concat(counted.Select(set => set.Contains(group) ? '1' : '0')));
            foreach (var atom in alike.Where(atom => atom.Key.Contains('1')))
            {
                Assert.True(atom.Sum(group => answers[group]) is 0 or >= Minimum,
                    $"organisation {organisation}: views single out {atom.Sum(group => answers[group])} answers");
            }
        }
    }

    private static HashSet<Guid> Below(Guid root, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        bool IsBelow(Guid group)
        {
            for (var above = parents[group]; above is { } next; above = parents[next])
            {
                if (next == root)
                {
                    return true;
                }
            }

            return false;
        }

        return [.. parents.Keys.Where(group => group == root || IsBelow(group))];
    }
}
