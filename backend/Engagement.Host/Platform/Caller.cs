using GraphQL;
using Id = Orleans.IdAttribute;

namespace Engagement.Platform;

/// <summary>
/// Who is asking. Every query and mutation passes it to the feature code, which decides; resolvers never do.
/// <see cref="SessionExpired"/> tells "signed out" from "your session ran out", so the app can say which.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Caller([property: Id(0)] Guid? EmployeeId, [property: Id(1)] bool IsHrAdmin, [property: Id(2)] bool SessionExpired)
{
    /// <summary>
    /// Signed in with a temporary password: the session may say who it is and change the password, nothing else, so
    /// whoever issued the password (an HR admin) cannot use it to act or read as the person.
    /// </summary>
    [Id(3)]
    public bool MustChangePassword { get; init; }

    public static readonly Caller Anonymous = new(null, false, false);
    public static readonly Caller Expired = new(null, false, true);

    /// <summary>The portal itself (jobs, start-up): reads settings, never acts for a person.</summary>
    public static readonly Caller System = new(Guid.Empty, true, false);

    public static Caller Employee(Guid employeeId, bool isHrAdmin) => new(employeeId, isHrAdmin, false);

    public bool IsSignedIn => EmployeeId is not null;

    public Guid RequireSignedIn() => MustChangePassword
        ? throw new DomainException("MUST_CHANGE_PASSWORD", "You signed in with a temporary password: choose a new password to continue.")
        : RequireIdentity();

    /// <summary>Who is signed in, even on a session that may only change its temporary password.</summary>
    public Guid RequireIdentity() =>
        EmployeeId ?? throw (SessionExpired
            ? new DomainException("SESSION_EXPIRED", "Your session has expired. Sign in again to continue.")
            : new DomainException("UNAUTHENTICATED", "Sign in to continue."));

    public Guid RequireHrAdmin(string action)
    {
        var employeeId = RequireSignedIn();
        return IsHrAdmin ? employeeId : throw Forbidden($"Only HR admins may {action}.");
    }

    public static DomainException Forbidden(string message) => new("FORBIDDEN", message);
}

/// <summary>What a GraphQL request carries besides its document: the caller, and the HTTP exchange when there is one.</summary>
public sealed class EngagementUserContext : Dictionary<string, object?>
{
    public required Caller Caller { get; set; }

    /// <summary>Null over WebSocket, where no cookie can be set.</summary>
    public HttpContext? Http { get; init; }
}

public static class ResolveFieldContextExtensions
{
    public static Caller Caller(this IResolveFieldContext context) => ((EngagementUserContext)context.UserContext).Caller;

    public static HttpContext? Http(this IResolveFieldContext context) => ((EngagementUserContext)context.UserContext).Http;

    public static void SignedInAs(this IResolveFieldContext context, Caller caller) => ((EngagementUserContext)context.UserContext).Caller = caller;
}

/// <summary>Finds the caller of a request from its session cookie; implemented by the People feature.</summary>
public interface ICallerResolver
{
    Task<Caller> ResolveAsync(HttpContext context, CancellationToken cancellationToken);
}
