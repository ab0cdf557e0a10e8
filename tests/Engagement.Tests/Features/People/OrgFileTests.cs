using Engagement.Features.People;

namespace Engagement.Tests.Features.People;

public sealed class OrgFileTests
{
    private const string Header = "employee_id,first_name,last_name,email,job_title,department,manager_email,time_zone,start_date,status,hr_admin";

    private static string Csv(params string[] lines) => string.Join("\n", lines);

    private static string Person(
        string email, string manager = "", string id = "", string first = "Ana", string last = "Lima", string title = "Engineer",
        string department = "Platform", string zone = "Europe/Paris", string start = "", string status = "", string hrAdmin = "") =>
        string.Join(',', id, first, last, email, title, department, manager, zone, start, status, hrAdmin);

    /// <summary>A head of the company and the people given, all reporting to her unless they say otherwise.</summary>
    private static string Org(params string[] people) => Csv([Header, Person("ceo@acme.test"), .. people]);

    private static OrgFileError SingleError(string csv) => Assert.Single(OrgFile.Read(csv).Errors);

    private static EmployeeRecord Employee(string csv, string email) => Assert.Single(OrgFile.Read(csv).Employees, employee => employee.Email == email);

    // Reading the text as CSV

    [Fact]
    public void A_valid_file_gives_every_person_normalised()
    {
        var check = OrgFile.Read(Org(
            Person("  Bruno.Costa@ACME.test ", "CEO@acme.test", id: " E-7 ", first: "  Bruno ", last: "Costa  ", title: " Head  of   Sales ",
                department: " Sales ", zone: " america/new_york ", start: "2021-04-01", status: "Active", hrAdmin: "yes")));

        Assert.True(check.IsValid);
        Assert.Equal(
            new EmployeeRecord("E-7", "Bruno Costa", "bruno.costa@acme.test", "Head of Sales", "Sales", "ceo@acme.test", "America/New_York",
                new DateOnly(2021, 4, 1), true, true),
            check.Employees[1]);
    }

    [Fact]
    public void Quoted_values_may_hold_separators_quotes_and_line_breaks()
    {
        var employee = Employee(Org(Person("bruno@acme.test", "ceo@acme.test", last: "\"O'Neil, \"\"Jr\"\"\"", title: "\"Head of\r\nSales\"")),
            "bruno@acme.test");

        Assert.Equal("Ana O'Neil, \"Jr\"", employee.Name);
        Assert.Equal("Head of Sales", employee.Title);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_byte_order_mark_any_line_end_and_trailing_empty_lines_are_accepted(string lineEnd)
    {
        var check = OrgFile.Read("\uFEFF" + string.Join(lineEnd, Header, Person("ceo@acme.test"), Person("bruno@acme.test", "ceo@acme.test"), "", ""));

        Assert.True(check.IsValid);
        Assert.Equal(["ceo@acme.test", "bruno@acme.test"], check.Employees.Select(employee => employee.Email));
    }

    [Fact]
    public void Spaces_before_an_opening_quote_and_quotes_inside_a_plain_value_are_read_as_exports_mean_them()
    {
        var employee = Employee(Org(Person("bruno@acme.test", "ceo@acme.test", title: "  \"Sales, Europe\"", department: "6\" Club")),
            "bruno@acme.test");

        Assert.Equal(("Sales, Europe", "6\" Club"), (employee.Title, employee.Team));
    }

    [Fact]
    public void Rows_that_are_blank_or_only_separators_are_skipped()
    {
        var check = OrgFile.Read(Csv(Header, ",,,,,,,,,,", Person("ceo@acme.test"), "   ", ",,,,,,,,,,"));

        Assert.True(check.IsValid);
        Assert.Single(check.Employees);
    }

    [Fact]
    public void A_semicolon_separated_file_from_Excel_is_read_like_a_comma_separated_one()
    {
        var check = OrgFile.Read(Csv(
            Header.Replace(',', ';'),
            Person("ceo@acme.test").Replace(',', ';'),
            ";Bruno;Costa;bruno@acme.test;\"Sales; Europe, Africa\";Sales;ceo@acme.test;Europe/Lisbon;;;"));

        Assert.True(check.IsValid);
        Assert.Equal("Sales; Europe, Africa", check.Employees[1].Title);
    }

    [Fact]
    public void A_semicolon_separated_file_is_recognised_after_leading_empty_lines() =>
        Assert.True(OrgFile.Read(Csv("", "", Header.Replace(',', ';'), Person("ceo@acme.test").Replace(',', ';'))).IsValid);

    [Theory]
    [InlineData("\uFFFD")]
    [InlineData("\0")]
    public void A_file_that_is_not_UTF8_is_refused_as_a_whole_with_how_to_save_it(string misread)
    {
        var error = SingleError(Org(Person($"jos{misread}@acme.test", "ceo@acme.test"), Person("bad", zone: "Nowhere")));

        Assert.Equal(0, error.Line);
        Assert.Null(error.Column);
        Assert.Contains("CSV UTF-8", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void An_empty_file_is_refused(string csv) => Assert.Equal(0, SingleError(csv).Line);

    [Fact]
    public void A_header_without_people_is_refused() => Assert.Contains("no people", SingleError(Csv(Header, "")).Message);

    [Fact]
    public void A_quote_that_never_closes_is_reported_on_the_row_naming_the_line_where_the_value_opens()
    {
        var check = OrgFile.Read(Org(
            Person("bruno@acme.test", "ceo@acme.test", zone: "Nowhere"),
            Person("carla@acme.test", "ceo@acme.test", first: "\"Carla\nMaria\"", title: "\"Head of Sales")));

        Assert.Collection(check.Errors,
            error => Assert.Equal((3, "time_zone"), (error.Line, error.Column)),
            error =>
            {
                Assert.Equal((4, null), (error.Line, error.Column));
                Assert.Contains("opens on line 5", error.Message);
            });
    }

    [Fact]
    public void A_row_with_a_value_too_few_or_too_many_names_both_counts()
    {
        var check = OrgFile.Read(Org(Person("bruno@acme.test", "ceo@acme.test") + ",extra", "Carla,Costa,carla@acme.test"));

        Assert.Collection(check.Errors,
            error =>
            {
                Assert.Equal(3, error.Line);
                Assert.StartsWith("This row has 12 values but the header has 11 columns;", error.Message);
            },
            error =>
            {
                Assert.Equal(4, error.Line);
                Assert.StartsWith("This row has 3 values but the header has 11 columns;", error.Message);
            });
    }

    [Fact]
    public void Errors_carry_the_line_where_their_row_starts_when_values_span_lines()
    {
        var check = OrgFile.Read(Org(
            Person("bruno@acme.test", "ceo@acme.test", title: "\"Head\nof\nSales\""),
            Person("carla@acme.test", "ceo@acme.test", zone: "Nowhere", title: "\"Team\r\nlead\""),
            Person("dora@acme.test", "ceo@acme.test", zone: "Nowhere")));

        Assert.Equal([6, 8], check.Errors.Select(error => error.Line));
    }

    [Fact]
    public void Lines_are_counted_in_the_file_as_written_blank_lines_included() =>
        Assert.Equal(6, SingleError(Csv("", "", Header, Person("ceo@acme.test"), "", Person("bad"))).Line);

    [Fact]
    public void More_than_the_maximum_number_of_people_is_one_error_for_the_whole_file()
    {
        var people = Enumerable.Range(0, OrgFile.MaxRows + 1).Select(index => Person($"p{index}@acme.test", zone: "Nowhere"));

        var check = OrgFile.Read(Csv([Header, .. people]));

        Assert.Equal(0, Assert.Single(check.Errors).Line);
        Assert.Empty(check.Employees);
    }

    // The header

    [Theory]
    [InlineData("First Name,LAST-NAME,E.Mail,job_title,Department,Manager_Email,Time Zone")]
    [InlineData("Given Name,Surname,Work E-mail,Position,Team,Reports To,TZ")]
    [InlineData("first,family name,email address,title,department name,supervisor email,time zone name")]
    [InlineData("given_name,last,e-mail,job,team,manager,timezone")]
    [InlineData("first_name,last_name,email,job_title,department,reports_to_email,time_zone")]
    [InlineData("first_name,last_name,email,job_title,department,manager e-mail,time_zone")]
    public void Header_names_are_matched_ignoring_case_and_separators_and_by_their_common_aliases(string header)
    {
        var check = OrgFile.Read(Csv(header, "Ana,Lima,ana@acme.test,Engineer,Platform,,Europe/Paris"));

        Assert.True(check.IsValid);
        Assert.Equal(new EmployeeRecord(null, "Ana Lima", "ana@acme.test", "Engineer", "Platform", null, "Europe/Paris", null, true, false),
            Assert.Single(check.Employees));
    }

    [Theory]
    [InlineData("Employee Number,Hire Date,Employment Status,Is HR Admin")]
    [InlineData("id,date of hire,status,HR Admin")]
    [InlineData("Worker ID,Start,STATUS,hr_admin")]
    [InlineData("employee-id,start.date,status,hradmin")]
    public void Optional_columns_are_matched_by_their_common_aliases(string optionalHeader)
    {
        var check = OrgFile.Read(Csv($"first_name,last_name,email,job_title,department,manager_email,time_zone,{optionalHeader}",
            "Ana,Lima,ana@acme.test,Engineer,Platform,,Europe/Paris,E-1,2020-01-31,on leave,1"));

        Assert.Equal(new EmployeeRecord("E-1", "Ana Lima", "ana@acme.test", "Engineer", "Platform", null, "Europe/Paris",
            new DateOnly(2020, 1, 31), true, true), Assert.Single(check.Employees));
    }

    [Fact]
    public void Every_missing_required_column_is_named_in_one_error_with_the_columns_found()
    {
        var error = SingleError(Csv("Name,Mail,Job Title,Department,Start Date", "Ana Lima,ana@acme.test,Engineer,Platform,2020-01-31"));

        Assert.Equal((1, null), (error.Line, error.Column));
        Assert.StartsWith("The file lacks the columns first_name, last_name, email, manager_email, time_zone.", error.Message);
        Assert.Contains("'Name', 'Mail', 'Job Title', 'Department', 'Start Date'", error.Message);
    }

    [Fact]
    public void Two_columns_that_give_the_same_value_are_refused()
    {
        var error = SingleError(Csv(Header + ",Work Email", Person("ceo@acme.test") + ",ceo@acme.test"));

        Assert.Equal((1, "Work Email"), (error.Line, error.Column));
        Assert.Contains("'email' and 'Work Email'", error.Message);
    }

    [Fact]
    public void Unknown_columns_are_ignored()
    {
        var check = OrgFile.Read(Csv("Cost Centre," + Header + ",", "CC-12," + Person("ceo@acme.test") + ","));

        Assert.True(check.IsValid);
        Assert.Equal("ceo@acme.test", Assert.Single(check.Employees).Email);
    }

    // Each row on its own

    [Fact]
    public void Every_missing_required_value_of_a_row_is_reported()
    {
        var check = OrgFile.Read(Csv(Header, Person("", id: "E-1", first: " ", last: "", title: "", department: "", zone: "")));

        Assert.Equal(["first_name", "last_name", "email", "job_title", "department", "time_zone"], check.Errors.Select(error => error.Column));
        Assert.All(check.Errors, error => Assert.Equal(2, error.Line));
        Assert.Empty(check.Employees);
    }

    [Theory]
    [InlineData("first_name", 100)]
    [InlineData("last_name", 100)]
    [InlineData("job_title", 150)]
    [InlineData("department", 100)]
    [InlineData("employee_id", 64)]
    public void A_value_longer_than_its_column_allows_is_refused(string column, int limit)
    {
        string Row(int length)
        {
            var value = new string('x', length);
            return column switch
            {
                "first_name" => Person("ceo@acme.test", first: value),
                "last_name" => Person("ceo@acme.test", last: value),
                "job_title" => Person("ceo@acme.test", title: value),
                "department" => Person("ceo@acme.test", department: value),
                _ => Person("ceo@acme.test", id: value),
            };
        }

        Assert.True(OrgFile.Read(Csv(Header, Row(limit))).IsValid);
        var error = SingleError(Csv(Header, Row(limit + 1)));
        Assert.Equal(column, error.Column);
        Assert.Contains($"at most {limit}", error.Message);
    }

    [Fact]
    public void An_email_longer_than_254_characters_is_refused()
    {
        var email = new string('a', 64) + "@" + new string('b', 185) + ".test";

        Assert.Equal(255, email.Length);
        Assert.Contains("at most 254", SingleError(Org(Person(email, "ceo@acme.test"))).Message);
    }

    [Theory]
    [InlineData("bruno")]
    [InlineData("bruno@")]
    [InlineData("@acme.test")]
    [InlineData("bruno@acme")]
    [InlineData("bruno@acme.")]
    [InlineData("bruno@@acme.test")]
    [InlineData("bruno@sales@acme.test")]
    [InlineData("bruno costa@acme.test")]
    [InlineData("Bruno <bruno@acme.test>")]
    [InlineData("(sales)bruno@acme.test")]
    public void A_value_that_is_not_an_email_address_is_refused(string email)
    {
        var error = SingleError(Org(Person(email, "ceo@acme.test")));

        Assert.Equal((3, "email"), (error.Line, error.Column));
        Assert.Contains($"'{email}' is not an email address", error.Message);
    }

    [Fact]
    public void Problems_on_every_row_are_all_reported()
    {
        var check = OrgFile.Read(Org(
            Person("bruno@acme.test", "ceo@acme.test", zone: "Nowhere", start: "yesterday"),
            Person("carla", "ceo@acme.test", status: "maybe"),
            Person("dora@acme.test", "ceo@acme.test", hrAdmin: "sometimes")));

        Assert.Equal([(3, "time_zone"), (3, "start_date"), (4, "email"), (4, "status"), (5, "hr_admin")],
            check.Errors.Select(error => (error.Line, error.Column)));
        Assert.Equal(["ceo@acme.test"], check.Employees.Select(employee => employee.Email));
    }

    [Fact]
    public void An_email_repeated_in_any_case_is_reported_on_each_later_row_naming_the_first()
    {
        var check = OrgFile.Read(Org(
            Person("bruno@acme.test", "ceo@acme.test"),
            Person("Bruno@Acme.test", "ceo@acme.test"),
            Person("BRUNO@acme.test", "ceo@acme.test")));

        Assert.Equal([4, 5], check.Errors.Select(error => error.Line));
        Assert.All(check.Errors, error => Assert.Equal(("email", "bruno@acme.test is already on line 3; each person appears once."), (error.Column, error.Message)));
    }

    [Fact]
    public void A_repeated_employee_id_is_reported_on_the_later_row_naming_the_first()
    {
        var error = SingleError(Org(Person("bruno@acme.test", "ceo@acme.test", id: "E-7"), Person("carla@acme.test", "ceo@acme.test", id: "e-7")));

        Assert.Equal((4, "employee_id"), (error.Line, error.Column));
        Assert.Contains("already on line 3", error.Message);
    }

    [Theory]
    [InlineData("Europe/Paris", "Europe/Paris")]
    [InlineData("europe/paris", "Europe/Paris")]
    [InlineData("UTC", "UTC")]
    [InlineData("Asia/Kolkata", "Asia/Kolkata")]
    public void Time_zones_are_IANA_names_in_any_case(string written, string read) =>
        Assert.Equal(read, Employee(Org(Person("bruno@acme.test", "ceo@acme.test", zone: written)), "bruno@acme.test").TimeZone);

    [Theory]
    [InlineData("Mars/Olympus", "'Mars/Olympus' is not a known time zone; use an IANA name such as Europe/Paris.")]
    [InlineData("CET+1", "'CET+1' is not a known time zone; use an IANA name such as Europe/Paris.")]
    [InlineData("Paris", "'Paris' is not an IANA time zone name; write it as Europe/Paris.")]
    [InlineData("New York", "'New York' is not an IANA time zone name; write it as America/New_York.")]
    [InlineData("Romance Standard Time", "'Romance Standard Time' is not an IANA time zone name; write it as Europe/Paris.")]
    public void An_unknown_time_zone_is_refused_with_the_IANA_name_to_use(string zone, string message)
    {
        var error = SingleError(Org(Person("bruno@acme.test", "ceo@acme.test", zone: zone)));

        Assert.Equal((3, "time_zone", message), (error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData("2024-03-15")]
    [InlineData("2024/03/15")]
    public void Start_dates_are_read_year_month_day(string written) =>
        Assert.Equal(new DateOnly(2024, 3, 15), Employee(Org(Person("bruno@acme.test", "ceo@acme.test", start: written)), "bruno@acme.test").StartDate);

    [Fact]
    public void An_empty_start_date_is_unknown() => Assert.Null(Employee(Org(), "ceo@acme.test").StartDate);

    [Theory]
    [InlineData("15/03/2024")]
    [InlineData("03/15/2024")]
    [InlineData("2024-02-30")]
    [InlineData("2024-3-5")]
    [InlineData("March 15, 2024")]
    public void A_start_date_in_another_form_is_refused_with_the_form_to_use(string written)
    {
        var error = SingleError(Org(Person("bruno@acme.test", "ceo@acme.test", start: $"\"{written}\"")));

        Assert.Equal("start_date", error.Column);
        Assert.Contains("like 2024-03-15", error.Message);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("Active", true)]
    [InlineData("On Leave", true)]
    [InlineData("on_leave", true)]
    [InlineData("Leave of absence", true)]
    [InlineData("Inactive", false)]
    [InlineData("TERMINATED", false)]
    [InlineData("Left", false)]
    [InlineData("Resigned", false)]
    [InlineData("Retired", false)]
    public void The_status_says_whether_a_person_takes_part(string status, bool active) =>
        Assert.Equal(active, Employee(Org(Person("bruno@acme.test", "ceo@acme.test", status: status)), "bruno@acme.test").Active);

    [Fact]
    public void An_unknown_status_is_refused_listing_the_accepted_ones()
    {
        var error = SingleError(Org(Person("bruno@acme.test", "ceo@acme.test", status: "Pending")));

        Assert.Equal("status", error.Column);
        Assert.Contains("'Pending' is not a known status", error.Message);
        Assert.Contains("active, on leave, leave of absence", error.Message);
        Assert.Contains("inactive, terminated, left, resigned, retired", error.Message);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("no", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("Yes", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    public void The_hr_admin_column_reads_yes_or_no(string written, bool isHrAdmin) =>
        Assert.Equal(isHrAdmin, Employee(Org(Person("bruno@acme.test", "ceo@acme.test", hrAdmin: written)), "bruno@acme.test").IsHrAdmin);

    [Fact]
    public void An_hr_admin_value_that_is_not_yes_or_no_is_refused() =>
        Assert.Equal("hr_admin", SingleError(Org(Person("bruno@acme.test", "ceo@acme.test", hrAdmin: "admin"))).Column);

    // The reporting lines

    [Fact]
    public void A_person_without_a_manager_is_at_the_top_of_the_organisation() => Assert.Null(Employee(Org(), "ceo@acme.test").ManagerEmail);

    [Fact]
    public void Managers_are_found_whatever_the_case_of_their_email() =>
        Assert.Equal("ceo@acme.test", Employee(Org(Person("bruno@acme.test", " CEO@Acme.TEST ")), "bruno@acme.test").ManagerEmail);

    [Fact]
    public void A_manager_who_is_not_in_the_file_is_reported()
    {
        var error = SingleError(Org(Person("bruno@acme.test", "carla@acme.test")));

        Assert.Equal((3, "manager_email", "Manager carla@acme.test is not in the file; add them, or correct the email."),
            (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void A_manager_given_by_name_instead_of_email_is_refused_saying_what_the_column_needs()
    {
        var error = SingleError(Org(Person("bruno@acme.test", "Ana Lima")));

        Assert.Equal("manager_email", error.Column);
        Assert.Contains("give the manager's work email", error.Message);
    }

    [Fact]
    public void A_person_cannot_be_their_own_manager() =>
        Assert.Contains("cannot be their own manager", SingleError(Org(Person("bruno@acme.test", "Bruno@acme.test"))).Message);

    [Fact]
    public void An_active_person_whose_manager_is_inactive_is_reported()
    {
        var error = SingleError(Org(Person("bruno@acme.test", "ceo@acme.test", status: "terminated"), Person("carla@acme.test", "bruno@acme.test")));

        Assert.Equal((4, "manager_email", "Manager bruno@acme.test is marked inactive on line 3; give an active manager."),
            (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void A_person_who_has_left_may_keep_a_manager_who_has_left_too() =>
        Assert.True(OrgFile.Read(Org(
            Person("bruno@acme.test", "ceo@acme.test", status: "left"),
            Person("carla@acme.test", "bruno@acme.test", status: "left"))).IsValid);

    [Fact]
    public void A_cycle_in_the_reporting_line_is_reported_on_every_row_of_it()
    {
        var check = OrgFile.Read(Org(
            Person("a@acme.test", "b@acme.test"),
            Person("b@acme.test", "c@acme.test"),
            Person("c@acme.test", "a@acme.test"),
            Person("d@acme.test", "a@acme.test")));

        Assert.Equal(
        [
            (3, "manager_email", "Reporting line loops: a@acme.test → b@acme.test → c@acme.test → a@acme.test."),
            (4, "manager_email", "Reporting line loops: b@acme.test → c@acme.test → a@acme.test → b@acme.test."),
            (5, "manager_email", "Reporting line loops: c@acme.test → a@acme.test → b@acme.test → c@acme.test."),
        ], check.Errors.Select(error => (error.Line, error.Column, error.Message)));
    }

    [Fact]
    public void Two_people_managing_each_other_are_a_cycle() =>
        Assert.Equal(2, OrgFile.Read(Org(Person("a@acme.test", "b@acme.test"), Person("b@acme.test", "a@acme.test"))).Errors.Count);

    [Fact]
    public void A_long_cycle_is_named_by_its_first_steps_and_its_size()
    {
        var loop = Enumerable.Range(0, 1_000).Select(index => Person($"p{index}@acme.test", $"p{(index + 1) % 1_000}@acme.test"));

        var check = OrgFile.Read(Org([.. loop]));

        Assert.Equal(1_000, check.Errors.Count);
        Assert.Equal("Reporting line loops: p7@acme.test → p8@acme.test → p9@acme.test → … (1000 people in all) → p7@acme.test.",
            check.Errors[7].Message);
    }

    // The file as a whole

    [Fact]
    public void Errors_are_sorted_by_line_then_by_where_their_column_sits_in_the_file()
    {
        var check = OrgFile.Read(Csv(
            "time_zone,email,first_name,last_name,job_title,department,manager_email",
            "Nowhere,carla@acme.test,Carla,Costa,,Sales,nobody@acme.test",
            "Nowhere,bad,Ana,Lima,Engineer,Platform,",
            "Europe/Paris,carla@acme.test,Carla,,Engineer,Platform,"));

        Assert.Equal([(2, "time_zone"), (2, "job_title"), (2, "manager_email"), (3, "time_zone"), (3, "email"), (4, "email"), (4, "last_name")],
            check.Errors.Select(error => (error.Line, error.Column)));
    }

    [Fact]
    public void A_ten_thousand_person_organisation_is_read_without_a_problem()
    {
        // Each person reports to the one at half their index: a tree 14 levels deep, as a real organisation of this size.
        var people = Enumerable.Range(1, 10_000).Select(index =>
            Person($"person{index}@acme.test", index == 1 ? "" : $"person{index / 2}@acme.test", id: $"E{index}", start: "2020-01-31"));

        var check = OrgFile.Read(Csv([Header, .. people]));

        Assert.Empty(check.Errors);
        Assert.Equal(10_000, check.Employees.Count);
    }

    [Fact]
    public void A_reporting_line_ten_thousand_people_deep_is_read_without_a_problem()
    {
        // The worst case for following managers: walking up from every row separately would take 50 million steps.
        var people = Enumerable.Range(1, 10_000).Select(index => Person($"person{index}@acme.test", index == 1 ? "" : $"person{index - 1}@acme.test"));

        var check = OrgFile.Read(Csv([Header, .. people]));

        Assert.Empty(check.Errors);
        Assert.Equal(10_000, check.Employees.Count);
    }

    // Writing

    [Fact]
    public void Writing_then_reading_gives_the_same_people_back()
    {
        EmployeeRecord[] people =
        [
            new("E-1", "Mary Ann O'Neil", "mary@acme.test", "Chief \"People\" Officer", "People, Culture", null, "Europe/Dublin",
                new DateOnly(2019, 9, 2), true, true),
            new(null, "José van der Berg", "jose@acme.test", "Engineer; Backend", "Platform", "mary@acme.test", "America/Sao_Paulo", null, true, false),
            new("E-3", "Li Wei", "li@acme.test", "Designer", "Product", "mary@acme.test", "Asia/Shanghai", new DateOnly(2024, 2, 29), false, false),
        ];

        var check = OrgFile.Read(OrgFile.Write(people));

        Assert.True(check.IsValid);
        Assert.Equal(people, check.Employees);
    }

    [Fact]
    public void Writing_splits_a_name_at_its_first_space()
    {
        var csv = OrgFile.Write([new EmployeeRecord(null, "Mary Ann O'Neil", "mary@acme.test", "CEO", "Board", null, "UTC", null, true, false)]);

        Assert.Equal(",Mary,Ann O'Neil,mary@acme.test,CEO,Board,,UTC,,active,no", csv.Split("\r\n")[1]);
    }

    [Fact]
    public void Writing_starts_with_the_documented_columns()
    {
        Assert.Equal(
            ["employee_id", "first_name", "last_name", "email", "job_title", "department", "manager_email", "time_zone", "start_date", "status", "hr_admin"],
            OrgFile.DocumentedColumns);
        Assert.Equal(string.Join(',', OrgFile.DocumentedColumns) + "\r\n", OrgFile.Write([]));
    }
}
