using System.Text;

namespace Engagement.Features.People;

/// <summary>
/// Splits the text of an organisation file into rows of values: RFC 4180, plus what real HRIS and Excel exports do
/// (a byte order mark, CR, LF or CRLF line ends, and semicolons where Excel's locale uses the comma as decimal mark).
/// </summary>
internal static class OrgCsv
{
    /// <summary>Line is the physical line the row starts on; UnclosedQuoteLine is set when the text ends inside a quoted value that opened there.</summary>
    internal sealed record Row(int Line, IReadOnlyList<string> Values, int? UnclosedQuoteLine)
    {
        public bool IsBlank => Values.All(string.IsNullOrWhiteSpace);
    }

    private const char Quote = '"';

    /// <summary>Excel saves "CSV" with semicolons in locales where the comma is the decimal mark; the header, the first line with
    /// either, tells which one a file uses.</summary>
    public static char SeparatorOf(string text)
    {
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var character in text)
        {
            if (character == Quote)
            {
                quoted = !quoted;
            }
            else if (!quoted && character is '\r' or '\n' && commas + semicolons > 0)
            {
                break;
            }
            else if (!quoted && character == ',')
            {
                commas++;
            }
            else if (!quoted && character == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    public static IEnumerable<Row> Rows(string text, char separator)
    {
        var position = text.StartsWith('\uFEFF') ? 1 : 0;
        var line = 1;
        var value = new StringBuilder();
        while (position < text.Length)
        {
            var rowLine = line;
            var values = new List<string>();
            int? quoteLine = null;
            var valueWasQuoted = false;
            value.Clear();
            while (position < text.Length)
            {
                var character = text[position++];
                if (quoteLine is not null)
                {
                    if (character == Quote && position < text.Length && text[position] == Quote)
                    {
                        value.Append(Quote);
                        position++;
                    }
                    else if (character == Quote)
                    {
                        quoteLine = null;
                    }
                    else
                    {
                        line += IsLineEnd(text, position - 1) ? 1 : 0;
                        value.Append(character);
                    }
                }
                else if (character == separator)
                {
                    values.Add(value.ToString());
                    value.Clear();
                    valueWasQuoted = false;
                }
                else if (character is '\r' or '\n')
                {
                    if (character == '\r' && position < text.Length && text[position] == '\n')
                    {
                        position++;
                    }

                    line++;
                    break;
                }
                // Spaces before an opening quote are tolerated as many exports write `a, "b, c"`; a quote anywhere else
                // is part of the value (`5" tall`), and text after a closing quote is kept as Excel keeps it.
                else if (character == Quote && !valueWasQuoted && IsBlank(value))
                {
                    value.Clear();
                    quoteLine = line;
                    valueWasQuoted = true;
                }
                else
                {
                    value.Append(character);
                }
            }

            values.Add(value.ToString());
            yield return new Row(rowLine, values, quoteLine);
        }
    }

    /// <summary>CRLF is one line end, so only its LF counts; a lone CR (old Mac exports) counts too.</summary>
    private static bool IsLineEnd(string text, int index) =>
        text[index] == '\n' || (text[index] == '\r' && (index + 1 == text.Length || text[index + 1] != '\n'));

    private static bool IsBlank(StringBuilder value)
    {
        for (var index = 0; index < value.Length; index++)
        {
            if (!char.IsWhiteSpace(value[index]))
            {
                return false;
            }
        }

        return true;
    }
}
