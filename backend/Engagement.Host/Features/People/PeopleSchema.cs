using Engagement.Platform;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace Engagement.Features.People;

/// <remarks>
/// Imports come in per request (<c>WithService</c>): they need Hangfire's storage, which must not be opened just to
/// print the schema.
/// </remarks>
public sealed class PeopleSchema(PeopleQueries people, Accounts accounts, IGrainFactory grains, IConfiguration configuration) : IFeatureSchema
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<SingleSignOnType>("singleSignOn")
            .Description("How to sign in with the company's identity provider, or null when only passwords are set up.")
            .Resolve(_ => SingleSignOn.Configured(configuration));
        query.Field<EmployeeType>("me")
            .Description("The signed-in employee, or null when nobody is signed in.")
            .ResolveAsync(async context => await people.MeAsync(context.Caller(), context.CancellationToken));
        query.Field<EmployeeType>("employee")
            .Description("A colleague's profile (any signed-in employee may look); null when the id is unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await people.EmployeeAsync(context.Caller(), context.GetArgument<Guid>("id"), context.CancellationToken));
        query.Field<NonNullGraphType<EmployeeConnectionType>>("directory")
            .Description("Company directory, keyset-paginated by name. search matches the start of words in name, email, title and team.")
            .Argument<StringGraphType>("search")
            .Argument<IdGraphType>("teamId")
            .Argument<BooleanGraphType>("includeInactive", argument => argument.DefaultValue = false)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 25)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context => await people.DirectoryAsync(context.Caller(),
                context.GetArgument<string?>("search"), context.GetArgument<Guid?>("teamId"), context.GetArgument<bool>("includeInactive"),
                context.GetArgument<int>("first"), context.GetArgument<string?>("after"), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamType>>>>("teams")
            .Description("All teams with their member counts.")
            .ResolveAsync(async context => await people.TeamsAsync(context.Caller(), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployeeType>>>>("reportsOf")
            .Description("Direct reports of a manager: allowed to that manager, anyone above them in the reporting line, and HR admins.")
            .Argument<NonNullGraphType<IdGraphType>>("managerId")
            .ResolveAsync(async context => await people.ReportsOfAsync(context.Caller(), context.GetArgument<Guid>("managerId"), context.CancellationToken));
        query.Field<OrgImportType>("orgImport")
            .Description("An organisation import (HR admins only); poll it for progress.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve().WithService<OrgImports>()
            .ResolveAsync(async (context, imports) => await imports.ImportAsync(context.Caller(), context.GetArgument<Guid>("id"), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgImportType>>>>("orgImports")
            .Description("Recent organisation imports, newest first (HR admins only).")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 10)
            .Resolve().WithService<OrgImports>()
            .ResolveAsync(async (context, imports) => await imports.RecentAsync(context.Caller(), context.GetArgument<int>("first"), context.CancellationToken));
    }

    private const string SignInAttemptedKey = "signInAttempted";

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EmployeeType>>("signIn")
            .Description("Signs in with email and password and sets an HttpOnly session cookie. A wrong email or password gives SIGN_IN_FAILED, never saying which.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .ResolveAsync(async context =>
            {
                var http = context.Http() ?? throw new DomainException("HTTP_ONLY", "Sign in over HTTP, not over the WebSocket.");
                // Aliases would make one request many guesses for the price of one in the rate limit.
                if (!context.UserContext.TryAdd(SignInAttemptedKey, true))
                {
                    throw new DomainException("ONE_SIGN_IN_PER_REQUEST", "Sign in once per request.");
                }

                var (employeeId, mustChangePassword) = await accounts.SignInAsync(
                    context.GetArgument<string>("email"), context.GetArgument<string>("password"), http, context.CancellationToken);
                var me = await people.MeAsync(Caller.Employee(employeeId, isHrAdmin: false), context.CancellationToken);
                // The rest of this response is read as the person who just signed in.
                context.SignedInAs(Caller.Employee(employeeId, me!.IsHrAdmin && !mustChangePassword) with { MustChangePassword = mustChangePassword });
                return me;
            });
        mutation.Field<NonNullGraphType<BooleanGraphType>>("signOut")
            .ResolveAsync(async context =>
            {
                if (context.Http() is { } http)
                {
                    await accounts.SignOutAsync(http, context.CancellationToken);
                }

                return true;
            });
        mutation.Field<NonNullGraphType<BooleanGraphType>>("changePassword")
            .Argument<NonNullGraphType<StringGraphType>>("currentPassword")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword")
            .ResolveAsync(async context =>
            {
                var http = context.Http() ?? throw new DomainException("HTTP_ONLY", "Change your password over HTTP, not over the WebSocket.");
                await accounts.ChangePasswordAsync(context.Caller(),
                    context.GetArgument<string>("currentPassword"), context.GetArgument<string>("newPassword"), http, context.CancellationToken);
                return true;
            });
        mutation.Field<NonNullGraphType<EmployeeType>>("updateMyProfile")
            .Description("The signed-in employee edits their own profile.")
            .Argument<NonNullGraphType<MyProfileInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var input = context.GetArgument<MyProfileInput>("input");
                await grains.GetGrain<IEmployeeGrain>(caller.RequireSignedIn()).UpdateOwnProfile(caller, input.Title, input.TimeZone);
                return await people.MeAsync(caller, context.CancellationToken);
            });
        mutation.Field<NonNullGraphType<OrgImportResultType>>("importOrganisation")
            .Description("HR admins: checks the whole CSV first; when any row is bad nothing is applied and errors lists every problem. Otherwise the import starts in the background and import tracks it.")
            .Argument<NonNullGraphType<StringGraphType>>("csv")
            .Resolve().WithService<OrgImports>()
            .ResolveAsync(async (context, imports) => await imports.StartAsync(context.Caller(), context.GetArgument<string>("csv"), context.CancellationToken));
        mutation.Field<NonNullGraphType<StringGraphType>>("issueTemporaryPassword")
            .Description("HR admins: a one-time password to hand to an employee, who must change it after signing in.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .ResolveAsync(async context =>
                await accounts.IssueTemporaryPasswordAsync(context.Caller(), context.GetArgument<Guid>("employeeId"), context.CancellationToken));
    }

    private sealed record MyProfileInput(string Title, string TimeZone);

    private sealed class MyProfileInputType : InputObjectGraphType<MyProfileInput>
    {
        public MyProfileInputType()
        {
            Name = "MyProfileInput";
            Field(input => input.Title);
            Field(input => input.TimeZone);
        }
    }

    private sealed class EmployeeType : ObjectGraphType<EmployeeRow>
    {
        public EmployeeType(Accounts accounts)
        {
            Name = "Employee";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(employee => employee.Name);
            Field(employee => employee.Email);
            Field(employee => employee.Title);
            Field<TeamType>("team").Resolve(context => context.Source is { TeamId: { } id, TeamName: { } name }
                ? new TeamRow(id, name, context.Source.TeamMemberCount)
                : null);
            Field<EmployeeSummaryType>("manager").Resolve(context => context.Source is { ManagerId: { } id, ManagerName: { } name }
                ? new EmployeeSummary(id, name, context.Source.ManagerTitle ?? "")
                : null);
            Field(employee => employee.TimeZone);
            Field<DateOnlyGraphType>("startDate").Resolve(context => context.Source.StartDate);
            Field(employee => employee.Active);
            Field(employee => employee.IsHrAdmin);
            Field<NonNullGraphType<BooleanGraphType>>("isManager")
                .Description("True when the employee has at least one active direct report.")
                .Resolve(context => context.Source.ReportCount > 0);
            Field(employee => employee.ReportCount);
            Field<NonNullGraphType<BooleanGraphType>>("mustChangePassword")
                .Description("True when the signed-in employee holds a temporary password and must choose a new one; false for anyone else.")
                .ResolveAsync(async context => context.Caller().EmployeeId == context.Source.Id
                    && await accounts.MustChangePasswordAsync(context.Source.Id, context.CancellationToken));
        }
    }

    private sealed class SingleSignOnType : ObjectGraphType<SingleSignOn.Settings>
    {
        public SingleSignOnType()
        {
            Name = "SingleSignOn";
            Field(settings => settings.DisplayName).Description("What the sign-in button names, e.g. Okta.");
            Field(settings => settings.StartUrl).Description("Where the browser goes to start; add ?next=/path to come back to a page.");
        }
    }

    /// <summary>How other features show a person: a name to read and an id to link to.</summary>
    public sealed class EmployeeSummaryType : ObjectGraphType<EmployeeSummary>
    {
        public EmployeeSummaryType()
        {
            Name = "EmployeeSummary";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(summary => summary.Name);
            Field(summary => summary.Title);
        }
    }

    private sealed class TeamType : ObjectGraphType<TeamRow>
    {
        public TeamType()
        {
            Name = "Team";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field(team => team.Name);
            Field(team => team.MemberCount).Description("Active members.");
        }
    }

    private sealed class EmployeeConnectionType : ObjectGraphType<DirectoryPage>
    {
        public EmployeeConnectionType()
        {
            Name = "EmployeeConnection";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployeeType>>>>("nodes").Resolve(context => context.Source.Nodes);
            Field(page => page.EndCursor, nullable: true);
            Field(page => page.HasNextPage);
            Field(page => page.TotalCount);
        }
    }

    private sealed class OrgImportResultType : ObjectGraphType<OrgImportStart>
    {
        public OrgImportResultType()
        {
            Name = "OrgImportResult";
            Field<OrgImportType>("import").Description("Set when the file was valid and the import started.").Resolve(context => context.Source.Import);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgImportErrorType>>>>("errors")
                .Description("Every problem found; when not empty nothing was applied.")
                .Resolve(context => context.Source.Errors);
        }
    }

    private sealed class OrgImportErrorType : ObjectGraphType<OrgFileError>
    {
        public OrgImportErrorType()
        {
            Name = "OrgImportError";
            Field(error => error.Line).Description("The line of the file where the row starts; 0 for the file as a whole.");
            Field(error => error.Column, nullable: true);
            Field(error => error.Message);
        }
    }

    private sealed class OrgImportType : ObjectGraphType<OrgImportView>
    {
        public OrgImportType()
        {
            Name = "OrgImport";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
            Field<NonNullGraphType<EnumerationGraphType<OrgImportStatus>>>("status").Resolve(context => context.Source.Status);
            Field(view => view.TotalRows);
            Field(view => view.ProcessedRows);
            Field(view => view.Created);
            Field(view => view.Updated);
            Field(view => view.Unchanged);
            Field(view => view.Deactivated);
            Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Resolve(context => context.Source.StartedAt.UtcDateTime);
            Field<DateTimeGraphType>("finishedAt").Resolve(context => context.Source.FinishedAt?.UtcDateTime);
            Field(view => view.Failure, nullable: true).Description("Why a FAILED import stopped.");
        }
    }
}
