using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace Engagement.Features.People;

/// <summary>One person as the file describes them, normalised: values trimmed with inner runs of whitespace made one space,
/// Email and ManagerEmail lower-cased, TimeZone an IANA id. Name is first_name and last_name joined by one space.</summary>
public sealed record EmployeeRecord(
    string? ExternalId, string Name, string Email, string Title, string Team,
    string? ManagerEmail, string TimeZone, DateOnly? StartDate, bool Active, bool IsHrAdmin);

/// <summary>Line is the 1-based physical line where the record starts in the file (header = line 1); 0 for whole-file problems.
/// Column is the header name as written in the file, or null.</summary>
public sealed record OrgFileError(int Line, string? Column, string Message);

/// <summary>Employees holds the people whose rows have no problem, in file order: everyone when the file is valid.</summary>
public sealed record OrgFileCheck(IReadOnlyList<EmployeeRecord> Employees, IReadOnlyList<OrgFileError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads the organisation file HR exports from their HRIS, and writes one back. Reading checks the whole file and reports
/// every problem of every row at once, so HR can fix the export in one pass instead of one upload per mistake.
/// </summary>
public static class OrgFile
{
    public const int MaxRows = 50_000;

    public static IReadOnlyList<string> DocumentedColumns { get; } = [.. Columns.All.Select(column => column.Name)];

    private const int MaxNameLength = 100;
    private const int MaxEmailLength = 254;
    private const int MaxTitleLength = 150;
    private const int MaxDepartmentLength = 100;
    private const int MaxEmployeeIdLength = 64;

    /// <summary>A longer loop is named by its first steps and its size: a message on each row naming every row would grow with the square of the loop.</summary>
    private const int MaxLoopNamed = 8;

    private const string NotUtf8 =
        "The file is not UTF-8 text. In Excel choose 'CSV UTF-8 (Comma delimited)' when saving; other programs call it UTF-8 encoding.";

    public static OrgFileCheck Read(string csvText)
    {
        // The browser decodes the file as UTF-8: any other encoding leaves replacement characters (Latin-1, Windows-1252) or NULs (UTF-16).
        if (csvText.AsSpan().IndexOfAny('\uFFFD', '\0') >= 0)
        {
            return Refused(NotUtf8);
        }

        var separator = OrgCsv.SeparatorOf(csvText);
        using var rows = OrgCsv.Rows(csvText, separator).Where(row => !row.IsBlank).GetEnumerator();
        if (!rows.MoveNext())
        {
            return Refused("The file is empty; it needs a header line with the column names and then one line per person.");
        }

        var header = rows.Current;
        if (header.UnclosedQuoteLine is int quoteLine)
        {
            return new OrgFileCheck([], [new OrgFileError(header.Line, null, UnclosedQuote(quoteLine))]);
        }

        var layout = Layout.Of(header);
        if (layout.Errors.Count > 0)
        {
            return new OrgFileCheck([], layout.Errors);
        }

        var people = new List<OrgCsv.Row>();
        while (rows.MoveNext())
        {
            if (people.Count == MaxRows)
            {
                return Refused(string.Create(CultureInfo.InvariantCulture,
                    $"The file has more than {MaxRows:N0} people; at most {MaxRows:N0} can be imported."));
            }

            people.Add(rows.Current);
        }

        if (people.Count == 0)
        {
            return Refused("The file has a header but no people; add one line per person under it.");
        }

        return new Review(layout, separator).Check(people);
    }

    /// <summary>Writes the canonical file: the documented header, comma separated, CRLF line ends. Reading it gives the same records back
    /// for every record that Read can produce; the name is split at its first space (see <see cref="SplitName"/>).</summary>
    public static string Write(IEnumerable<EmployeeRecord> employees)
    {
        var csv = new StringBuilder();
        AppendRow(csv, DocumentedColumns);
        foreach (var employee in employees)
        {
            AppendRow(csv, Columns.All.Select(column => column.ValueOf(employee)));
        }

        return csv.ToString();
    }

    /// <summary>
    /// The record keeps the joined name only, so the split is a choice: at the first space, which keeps surnames with particles or
    /// two parts whole ("van der Berg", "García Márquez") and gives "Mary" and "Ann O'Neil" for "Mary Ann O'Neil". Any split round-trips,
    /// since Read joins the two with one space and names never hold two spaces in a row.
    /// </summary>
    private static (string First, string Last) SplitName(string name)
    {
        var space = name.IndexOf(' ');
        return space < 0 ? (name, "") : (name[..space], name[(space + 1)..]);
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> values)
    {
        var separator = "";
        foreach (var value in values)
        {
            csv.Append(separator);
            separator = ",";
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                csv.Append(value);
            }
        }

        csv.Append("\r\n");
    }

    private static OrgFileCheck Refused(string message) => new([], [new OrgFileError(0, null, message)]);

    private static string UnclosedQuote(int line) =>
        $"A quoted value opens on line {line} but never closes; add the missing \" (a quote inside a quoted value is written twice: \"\").";

    /// <summary>Header names are compared by their letters and digits, so "Work E-mail", "work_email" and "WORK.EMAIL" are one name.</summary>
    private static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            if (!char.IsWhiteSpace(character) && character is not ('_' or '-' or '.'))
            {
                key.Append(char.ToLowerInvariant(character));
            }
        }

        return key.ToString();
    }

    /// <summary>Trims and turns every run of whitespace, line breaks of quoted values included, into one space.</summary>
    private static string Tidy(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A plausible work address, not a full RFC 5322 parser: one @, a dotted domain, no display name, comment or spaces.</summary>
    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        var domain = email[(at + 1)..];
        return at > 0 && at == email.LastIndexOf('@')
            && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.')
            && !email.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(email, out var address) && address.Address == email;
    }

    private sealed record Column(string Name, string Label, bool Required, Func<EmployeeRecord, string> ValueOf, params string[] Aliases);

    private static class Columns
    {
        public static readonly Column EmployeeId = new("employee_id", "employee ID", false, employee => employee.ExternalId ?? "",
            "employee id", "employee number", "id", "worker id");
        public static readonly Column FirstName = new("first_name", "first name", true, employee => SplitName(employee.Name).First,
            "given name", "first");
        public static readonly Column LastName = new("last_name", "last name", true, employee => SplitName(employee.Name).Last,
            "surname", "family name", "last");
        public static readonly Column Email = new("email", "email", true, employee => employee.Email,
            "work email", "email address", "e-mail");
        public static readonly Column JobTitle = new("job_title", "job title", true, employee => employee.Title,
            "title", "position", "job");
        public static readonly Column Department = new("department", "department", true, employee => employee.Team,
            "team", "department name");
        public static readonly Column ManagerEmail = new("manager_email", "manager", true, employee => employee.ManagerEmail ?? "",
            "manager", "reports to", "reports to email", "supervisor email", "manager e-mail");
        public static readonly Column TimeZone = new("time_zone", "time zone", true, employee => employee.TimeZone,
            "timezone", "tz", "time zone name");
        public static readonly Column StartDate = new("start_date", "start date", false,
            employee => employee.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            "hire date", "date of hire", "start");
        public static readonly Column Status = new("status", "status", false, employee => employee.Active ? "active" : "inactive",
            "employment status");
        public static readonly Column HrAdmin = new("hr_admin", "HR admin", false, employee => employee.IsHrAdmin ? "yes" : "no",
            "hr admin", "is hr admin");

        /// <summary>In the order Write puts them and the documentation lists them.</summary>
        public static readonly IReadOnlyList<Column> All =
            [EmployeeId, FirstName, LastName, Email, JobTitle, Department, ManagerEmail, TimeZone, StartDate, Status, HrAdmin];

        public static readonly IReadOnlyDictionary<string, Column> ByKey = All
            .SelectMany(column => column.Aliases.Append(column.Name).Select(name => (Key: Key(name), Column: column)))
            .DistinctBy(alias => alias.Key)
            .ToDictionary(alias => alias.Key, alias => alias.Column);
    }

    /// <summary>Where each known column sits in this file's header, and what its header calls it.</summary>
    private sealed class Layout
    {
        private readonly Dictionary<Column, int> positions = [];
        private readonly List<OrgFileError> errors = [];

        private Layout(IReadOnlyList<string> headers) => Headers = headers;

        public IReadOnlyList<string> Headers { get; }

        public IReadOnlyList<OrgFileError> Errors => errors;

        public static Layout Of(OrgCsv.Row header)
        {
            var layout = new Layout([.. header.Values.Select(value => value.Trim())]);
            for (var position = 0; position < layout.Headers.Count; position++)
            {
                var name = layout.Headers[position];
                if (!Columns.ByKey.TryGetValue(Key(name), out var column))
                {
                    continue;
                }

                if (!layout.positions.TryAdd(column, position))
                {
                    layout.errors.Add(new OrgFileError(header.Line, name,
                        $"'{layout.Headers[layout.positions[column]]}' and '{name}' both give the {column.Label}; keep one of them."));
                }
            }

            var missing = Columns.All.Where(column => column.Required && !layout.positions.ContainsKey(column)).ToList();
            if (missing.Count > 0)
            {
                var found = layout.Headers.Where(name => name.Length > 0).Select(name => $"'{name}'");
                layout.errors.Insert(0, new OrgFileError(header.Line, null,
                    $"The file lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(column => column.Name))}. " +
                    $"Columns found: {string.Join(", ", found)}."));
            }

            return layout;
        }

        /// <summary>The trimmed value, or empty when an optional column is not in the file.</summary>
        public string ValueOf(OrgCsv.Row row, Column column) =>
            positions.TryGetValue(column, out var position) ? row.Values[position].Trim() : "";

        /// <summary>Problems sort by where their column sits in the file; -1 puts whole-row problems first.</summary>
        public int PositionOf(Column? column) => column is null ? -1 : positions[column];
    }

    /// <summary>A row as far as the checks across rows need it. Record is null when the row itself has a problem.</summary>
    private sealed record Person(int Line, string Email, string? ExternalId, string? ManagerEmail, bool Active, EmployeeRecord? Record);

    /// <summary>The checks of one file: each row on its own, then the rows against each other.</summary>
    private sealed class Review(Layout layout, char separator)
    {
        private static readonly string[] ActiveStatuses = ["active", "on leave", "leave of absence"];
        private static readonly string[] InactiveStatuses = ["inactive", "terminated", "left", "resigned", "retired"];
        private static readonly string[] Yes = ["yes", "y", "true", "1"];
        private static readonly string[] No = ["no", "n", "false", "0"];
        private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd"];

        /// <summary>City names of the machine's zones ("new york" → America/New_York), to suggest the right name for a bare city.</summary>
        private static readonly Lazy<ILookup<string, string>> ZonesByCity = new(() => TimeZoneInfo.GetSystemTimeZones()
            .Where(zone => zone.HasIanaId && zone.Id.Contains('/'))
            .ToLookup(zone => Key(zone.Id[(zone.Id.LastIndexOf('/') + 1)..]), zone => zone.Id));

        private readonly List<(OrgFileError Error, int Position)> errors = [];

        public OrgFileCheck Check(IReadOnlyList<OrgCsv.Row> rows)
        {
            var people = new List<Person>(rows.Count);
            foreach (var row in rows)
            {
                if (ReadRow(row) is { } person)
                {
                    people.Add(person);
                }
            }

            // A later row with an email already seen is reported as a repeat, never taken as someone's manager.
            var firstWithEmail = new Dictionary<string, int>();
            for (var index = 0; index < people.Count; index++)
            {
                firstWithEmail.TryAdd(people[index].Email, index);
            }

            CheckEachAppearsOnce(people);
            CheckManagers(people, firstWithEmail);
            CheckReportingLoops(people, firstWithEmail);

            var linesWithProblems = errors.Select(error => error.Error.Line).ToHashSet();
            return new OrgFileCheck(
                [.. people.Where(person => !linesWithProblems.Contains(person.Line)).Select(person => person.Record).OfType<EmployeeRecord>()],
                [.. errors.OrderBy(error => error.Error.Line).ThenBy(error => error.Position).Select(error => error.Error)]);
        }

        private Person? ReadRow(OrgCsv.Row row)
        {
            if (row.UnclosedQuoteLine is int quoteLine)
            {
                Report(row.Line, null, UnclosedQuote(quoteLine));
                return null;
            }

            if (row.Values.Count != layout.Headers.Count)
            {
                Report(row.Line, null,
                    $"This row has {row.Values.Count} values but the header has {layout.Headers.Count} columns; look for a missing or extra " +
                    $"'{separator}', or a value holding a '{separator}' without quotes around it.");
                return null;
            }

            var problemsBefore = errors.Count;
            var externalId = OptionalText(row, Columns.EmployeeId, MaxEmployeeIdLength);
            var firstName = RequiredText(row, Columns.FirstName, MaxNameLength);
            var lastName = RequiredText(row, Columns.LastName, MaxNameLength);
            var email = ReadEmail(row);
            var title = RequiredText(row, Columns.JobTitle, MaxTitleLength);
            var department = RequiredText(row, Columns.Department, MaxDepartmentLength);
            var managerEmail = ReadManagerEmail(row, email);
            var timeZone = ReadTimeZone(row);
            var startDate = ReadStartDate(row);
            var active = ReadStatus(row);
            var isHrAdmin = ReadHrAdmin(row);

            var record = errors.Count > problemsBefore
                ? null
                : new EmployeeRecord(externalId, $"{firstName} {lastName}", email, title, department, managerEmail, timeZone, startDate,
                    active, isHrAdmin);
            return new Person(row.Line, email, externalId, managerEmail, active, record);
        }

        private string RequiredText(OrgCsv.Row row, Column column, int maxLength)
        {
            var value = Tidy(layout.ValueOf(row, column));
            if (value.Length == 0)
            {
                Report(row.Line, column, $"The {column.Label} is missing.");
            }

            return CheckLength(row, column, value, maxLength);
        }

        private string? OptionalText(OrgCsv.Row row, Column column, int maxLength)
        {
            var value = Tidy(layout.ValueOf(row, column));
            return value.Length == 0 ? null : CheckLength(row, column, value, maxLength);
        }

        private string CheckLength(OrgCsv.Row row, Column column, string value, int maxLength)
        {
            if (value.Length > maxLength)
            {
                Report(row.Line, column, $"The {column.Label} has {value.Length} characters; at most {maxLength} fit.");
            }

            return value;
        }

        private string ReadEmail(OrgCsv.Row row)
        {
            var value = layout.ValueOf(row, Columns.Email);
            var email = value.ToLowerInvariant();
            if (email.Length == 0)
            {
                Report(row.Line, Columns.Email, "The email is missing.");
            }
            else if (email.Length > MaxEmailLength)
            {
                Report(row.Line, Columns.Email, $"The email has {email.Length} characters; at most {MaxEmailLength} fit.");
            }
            else if (!IsEmail(email))
            {
                Report(row.Line, Columns.Email, $"'{value}' is not an email address like name@company.com.");
            }

            return email;
        }

        /// <summary>Null for the top of the organisation, and when the value cannot be a manager, which is then reported.</summary>
        private string? ReadManagerEmail(OrgCsv.Row row, string email)
        {
            var value = layout.ValueOf(row, Columns.ManagerEmail);
            var managerEmail = value.ToLowerInvariant();
            if (managerEmail.Length == 0)
            {
                return null;
            }

            // HRIS exports often put the manager's name or employee number in "Reports To"; say what the column needs.
            if (!IsEmail(managerEmail))
            {
                Report(row.Line, Columns.ManagerEmail,
                    $"'{value}' is not an email address; give the manager's work email, or leave it empty for the top of the organisation.");
                return null;
            }

            if (managerEmail == email)
            {
                Report(row.Line, Columns.ManagerEmail,
                    "A person cannot be their own manager; leave the manager empty for the top of the organisation.");
                return null;
            }

            return managerEmail;
        }

        private string ReadTimeZone(OrgCsv.Row row)
        {
            var value = layout.ValueOf(row, Columns.TimeZone);
            if (value.Length == 0)
            {
                Report(row.Line, Columns.TimeZone, "The time zone is missing; use an IANA name such as Europe/Paris.");
                return value;
            }

            if (TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) && zone.HasIanaId)
            {
                return zone.Id;
            }

            Report(row.Line, Columns.TimeZone, SuggestedZone(value) is { } suggestion
                ? $"'{value}' is not an IANA time zone name; write it as {suggestion}."
                : $"'{value}' is not a known time zone; use an IANA name such as Europe/Paris.");
            return value;
        }

        /// <summary>The IANA name for a Windows zone name ("Romance Standard Time") or a bare city ("New York") with one zone.</summary>
        private static string? SuggestedZone(string value)
        {
            if (TimeZoneInfo.TryConvertWindowsIdToIanaId(value, out var ianaId))
            {
                return ianaId;
            }

            var zones = ZonesByCity.Value[Key(value)].ToList();
            return zones.Count == 1 ? zones[0] : null;
        }

        private DateOnly? ReadStartDate(OrgCsv.Row row)
        {
            var value = layout.ValueOf(row, Columns.StartDate);
            if (value.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            // Excel rewrites dates in the computer's own format when it saves, which is how most wrong dates get here.
            Report(row.Line, Columns.StartDate,
                $"'{value}' is not a date written year-month-day, like 2024-03-15; in Excel, format the column as yyyy-mm-dd before saving.");
            return null;
        }

        private bool ReadStatus(OrgCsv.Row row)
        {
            var value = layout.ValueOf(row, Columns.Status);
            if (value.Length == 0 || IsOneOf(value, ActiveStatuses))
            {
                return true;
            }

            if (IsOneOf(value, InactiveStatuses))
            {
                return false;
            }

            Report(row.Line, Columns.Status,
                $"'{value}' is not a known status; people who take part are {string.Join(", ", ActiveStatuses)}, " +
                $"people who do not are {string.Join(", ", InactiveStatuses)}, and an empty status means active.");
            return true;
        }

        private bool ReadHrAdmin(OrgCsv.Row row)
        {
            var value = layout.ValueOf(row, Columns.HrAdmin);
            if (value.Length == 0 || IsOneOf(value, No))
            {
                return false;
            }

            if (IsOneOf(value, Yes))
            {
                return true;
            }

            Report(row.Line, Columns.HrAdmin, $"'{value}' is not yes or no; write yes or no (true/false and 1/0 work too), or leave it empty for no.");
            return false;
        }

        private static bool IsOneOf(string value, string[] accepted) => accepted.Any(word => Key(word) == Key(value));

        private void CheckEachAppearsOnce(List<Person> people)
        {
            var emails = new Dictionary<string, int>();
            var employeeIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var person in people)
            {
                if (person.Email.Length > 0 && !emails.TryAdd(person.Email, person.Line))
                {
                    Report(person.Line, Columns.Email,
                        $"{person.Email} is already on line {emails[person.Email]}; each person appears once.");
                }

                if (person.ExternalId is { } id && !employeeIds.TryAdd(id, person.Line))
                {
                    Report(person.Line, Columns.EmployeeId, $"Employee ID {id} is already on line {employeeIds[id]}; each person has their own.");
                }
            }
        }

        private void CheckManagers(List<Person> people, Dictionary<string, int> firstWithEmail)
        {
            foreach (var person in people)
            {
                if (person.ManagerEmail is not { } managerEmail)
                {
                    continue;
                }

                if (!firstWithEmail.TryGetValue(managerEmail, out var manager))
                {
                    Report(person.Line, Columns.ManagerEmail, $"Manager {managerEmail} is not in the file; add them, or correct the email.");
                }
                // A person who has left may keep the manager they last had; someone still here needs a manager who is too.
                else if (person.Active && !people[manager].Active)
                {
                    Report(person.Line, Columns.ManagerEmail,
                        $"Manager {managerEmail} is marked inactive on line {people[manager].Line}; give an active manager.");
                }
            }
        }

        /// <summary>
        /// Each person has at most one manager, so following managers from any row either ends at the top or enters one loop.
        /// Every row is walked once: a walk stops at a row an earlier walk finished, which keeps 10,000 rows to 10,000 steps.
        /// </summary>
        private void CheckReportingLoops(List<Person> people, Dictionary<string, int> firstWithEmail)
        {
            var managerOf = people
                .Select(person => person.ManagerEmail is { } managerEmail && firstWithEmail.TryGetValue(managerEmail, out var manager) ? manager : -1)
                .ToArray();
            // A row keeps its position on the walk that reached it; finished marks the walks before the current one.
            var positionOnWalk = Enumerable.Repeat(-1, people.Count).ToArray();
            var finished = new bool[people.Count];
            var walk = new List<int>();
            for (var start = 0; start < people.Count; start++)
            {
                walk.Clear();
                var current = start;
                while (current >= 0 && positionOnWalk[current] < 0)
                {
                    positionOnWalk[current] = walk.Count;
                    walk.Add(current);
                    current = managerOf[current];
                }

                if (current >= 0 && !finished[current])
                {
                    ReportLoop(people, walk[positionOnWalk[current]..]);
                }

                foreach (var walked in walk)
                {
                    finished[walked] = true;
                }
            }
        }

        /// <summary>Each row of the loop gets the loop told from itself, so the message reads as "you report to … who reports to you".</summary>
        private void ReportLoop(List<Person> people, List<int> loop)
        {
            for (var start = 0; start < loop.Count; start++)
            {
                var path = Enumerable.Range(start, loop.Count + 1).Select(step => people[loop[step % loop.Count]].Email);
                var told = loop.Count <= MaxLoopNamed
                    ? string.Join(" → ", path)
                    : $"{string.Join(" → ", path.Take(3))} → … ({loop.Count} people in all) → {people[loop[start]].Email}";
                Report(people[loop[start]].Line, Columns.ManagerEmail, $"Reporting line loops: {told}.");
            }
        }

        private void Report(int line, Column? column, string message) =>
            errors.Add((new OrgFileError(line, column is null ? null : layout.Headers[layout.PositionOf(column)], message), layout.PositionOf(column)));
    }
}
