using System.Text;
using System.Text.RegularExpressions;

namespace Engagement.Tests.Support;

/// <summary>Reads a whole database as text, so a test can diff what an action added and search it for a trace.</summary>
public static partial class DatabaseSnapshot
{
    /// <summary>Every row of every table as JSON, with binary columns (grain state) decoded as text.</summary>
    public static async Task<HashSet<string>> EveryRowAsync(TestDatabase database)
    {
        var tables = new List<string>();
        await using (var list = database.DataSource.CreateCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'hangfire')"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new HashSet<string>();
        foreach (var table in tables)
        {
            await using var command = database.DataSource.CreateCommand($"SELECT to_jsonb(t)::text FROM {table} t");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = reader.GetString(0);
                rows.Add(table + " " + Hex().Replace(row, match => Encoding.UTF8.GetString(Convert.FromHexString(match.Groups[1].Value))));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"\\\\x((?:[0-9a-f]{2})+)")]
    private static partial Regex Hex();
}
