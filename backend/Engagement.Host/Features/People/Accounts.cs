using System.Security.Cryptography;
using Engagement.Platform;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Engagement.Features.People;

/// <summary>Passwords, sign-in and the sessions behind the cookie; also finds the caller of every request.</summary>
public sealed class Accounts(NpgsqlDataSource dataSource, IGrainFactory grains, IConfiguration configuration, TimeProvider time, ILogger<Accounts> logger)
    : ICallerResolver
{
    public const string CookieName = SessionCookie.Name;
    public const int MinPasswordLength = 10;
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(14);

    /// <summary>A session unused this long ends, whatever its 14 days say (<c>Sessions:IdleTimeoutHours</c>).</summary>
    public TimeSpan IdleTimeout => TimeSpan.FromHours(Math.Clamp(configuration.GetValue("Sessions:IdleTimeoutHours", 12.0), 0.01, 24 * 14));

    /// <summary>Recording every request would write a row per request; a minute is fine grain enough for an idle timeout of hours.</summary>
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>Verified when the email is unknown, so a wrong address costs the same time as a wrong password.</summary>
    private static readonly string DecoyHash = Hasher.HashPassword(Account.Instance, "decoy password that matches nothing");

    public async Task<Caller> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var token) || string.IsNullOrEmpty(token))
        {
            return Caller.Anonymous;
        }

        var now = time.GetUtcNow();
        await using var command = dataSource.CreateCommand("""
            SELECT e.id, e.is_hr_admin, s.password_change_only, s.last_seen_at FROM sessions s JOIN employees e ON e.id = s.employee_id
            WHERE s.token_hash = @hash AND s.expires_at > @now AND s.last_seen_at > @idleSince AND e.active
            """);
        command.Parameters.AddWithValue("hash", Hash(token));
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("idleSince", now - IdleTimeout);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            var passwordChangeOnly = reader.GetBoolean(2);
            var caller = Caller.Employee(reader.GetGuid(0), reader.GetBoolean(1) && !passwordChangeOnly) with { MustChangePassword = passwordChangeOnly };
            if (reader.GetFieldValue<DateTimeOffset>(3) < now - LastSeenResolution)
            {
                await dataSource.ExecuteAsync("UPDATE sessions SET last_seen_at = @now WHERE token_hash = @hash", cancellationToken,
                    ("now", now), ("hash", Hash(token)));
            }

            return caller;
        }

        // Said once: the dead cookie goes, so the next request is simply signed out. A WebSocket checking its session
        // again has long sent its headers, and is closed instead.
        if (!context.Response.HasStarted)
        {
            DeleteCookie(context);
        }

        return Caller.Expired;
    }

    private static void DeleteCookie(HttpContext context) =>
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict, HttpOnly = true });

    /// <summary>Who signed in, and whether with a temporary password that must be changed before anything else.</summary>
    public async Task<(Guid EmployeeId, bool MustChangePassword)> SignInAsync(string email, string password, HttpContext http, CancellationToken cancellationToken)
    {
        email = (email ?? "").Trim().ToLowerInvariant();
        var throttle = grains.GetGrain<ISignInThrottleGrain>($"signin:{email}");
        if (await throttle.BeginAttempt() is { } wait)
        {
            throw new DomainException("SIGN_IN_THROTTLED",
                $"Too many failed sign-ins. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minute(s).");
        }

        var found = await FindAccountAsync(email, cancellationToken);
        var verified = Hasher.VerifyHashedPassword(Account.Instance, found?.PasswordHash ?? DecoyHash, password ?? "");
        if (found is not { } account || verified == PasswordVerificationResult.Failed)
        {
            throw new DomainException("SIGN_IN_FAILED", "Email or password is wrong.");
        }

        await throttle.Reset();
        await StartSessionAsync(account.EmployeeId, account.MustChange, http, cancellationToken);
        return (account.EmployeeId, account.MustChange);
    }

    /// <summary>For single sign-on: the identity provider vouched for the address; it must belong to someone active.</summary>
    public async Task<Guid?> StartSessionForEmailAsync(string email, HttpContext http, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM employees WHERE lower(email) = @email AND active");
        command.Parameters.AddWithValue("email", email.Trim().ToLowerInvariant());
        if (await command.ExecuteScalarAsync(cancellationToken) is not Guid employeeId)
        {
            return null;
        }

        await StartSessionAsync(employeeId, passwordChangeOnly: false, http, cancellationToken);
        return employeeId;
    }

    /// <summary>A session opened with a temporary password may only change it (see <see cref="Caller.MustChangePassword"/>).</summary>
    private async Task StartSessionAsync(Guid employeeId, bool passwordChangeOnly, HttpContext http, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await dataSource.ExecuteAsync("""
            INSERT INTO sessions (token_hash, employee_id, created_at, expires_at, last_seen_at, password_change_only)
            VALUES (@hash, @employeeId, @now, @expires, @now, @passwordChangeOnly)
            """, cancellationToken, ("hash", Hash(token)), ("employeeId", employeeId), ("now", now), ("expires", now + SessionLifetime),
            ("passwordChangeOnly", passwordChangeOnly));

        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            // Behind a proxy that ends TLS the host may see plain HTTP: the public address says what the browser uses.
            Secure = http.Request.IsHttps || configuration["Email:PublicUrl"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true,
            Path = "/",
            Expires = now + SessionLifetime,
        });
        logger.LogInformation("{EmployeeId} signed in", employeeId);
    }

    public async Task SignOutAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.Cookies.TryGetValue(CookieName, out var token) && !string.IsNullOrEmpty(token))
        {
            await using var command = dataSource.CreateCommand("DELETE FROM sessions WHERE token_hash = @hash");
            command.Parameters.AddWithValue("hash", Hash(token));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        DeleteCookie(http);
    }

    /// <summary>Ends every other session of the person: whoever knew the old password is signed out everywhere else.</summary>
    public async Task ChangePasswordAsync(Caller caller, string currentPassword, string newPassword, HttpContext http, CancellationToken cancellationToken)
    {
        var employeeId = caller.RequireIdentity();
        var hash = await PasswordHashOfAsync(employeeId, cancellationToken);
        if (hash is null || Hasher.VerifyHashedPassword(Account.Instance, hash, currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            throw new DomainException("PASSWORD_WRONG", "The current password is wrong.");
        }

        RequireStrong(newPassword);
        http.Request.Cookies.TryGetValue(CookieName, out var token);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SetPasswordAsync(connection, employeeId, newPassword, mustChange: false, cancellationToken);
        await connection.ExecuteAsync("""
            DELETE FROM sessions WHERE employee_id = @id AND token_hash <> @current;
            UPDATE sessions SET password_change_only = false WHERE token_hash = @current;
            """, cancellationToken, ("id", employeeId), ("current", Hash(token ?? "")));
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{EmployeeId} changed their password; their other sessions ended", employeeId);
    }

    /// <summary>
    /// Ends every session of the person and records who issued it, for whom and when. The password itself only lets
    /// its holder choose a new one, so an HR admin cannot use it to read the person's private notes or feedback.
    /// </summary>
    public async Task<string> IssueTemporaryPasswordAsync(Caller caller, Guid employeeId, CancellationToken cancellationToken)
    {
        var hrAdmin = caller.RequireHrAdmin("issue temporary passwords");
        if (await grains.GetGrain<IEmployeeGrain>(employeeId).GetProfile() is not { Active: true })
        {
            throw new DomainException("NOT_FOUND", "No active employee has this id.");
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SetPasswordAsync(connection, employeeId, password, mustChange: true, cancellationToken);
        await connection.ExecuteAsync("""
            DELETE FROM sessions WHERE employee_id = @id;
            INSERT INTO temporary_passwords_issued (id, issued_by, issued_to, issued_at) VALUES (gen_random_uuid(), @hrAdmin, @id, @now);
            """, cancellationToken, ("id", employeeId), ("hrAdmin", hrAdmin), ("now", time.GetUtcNow()));
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{HrAdminId} issued a temporary password to {EmployeeId}", hrAdmin, employeeId);
        return password;
    }

    public async Task<bool> MustChangePasswordAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT must_change FROM employee_credentials WHERE employee_id = @id");
        command.Parameters.AddWithValue("id", employeeId);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public async Task SetPasswordAsync(Guid employeeId, string password, bool mustChange, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await SetPasswordAsync(connection, employeeId, password, mustChange, cancellationToken);
    }

    private async Task SetPasswordAsync(NpgsqlConnection connection, Guid employeeId, string password, bool mustChange, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync("""
            INSERT INTO employee_credentials (employee_id, password_hash, must_change, updated_at) VALUES (@id, @hash, @mustChange, @now)
            ON CONFLICT (employee_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, must_change = EXCLUDED.must_change, updated_at = EXCLUDED.updated_at
            """, cancellationToken, ("id", employeeId), ("hash", Hasher.HashPassword(Account.Instance, password)), ("mustChange", mustChange),
            ("now", time.GetUtcNow()));

    private static void RequireStrong(string password)
    {
        if ((password ?? "").Length < MinPasswordLength)
        {
            throw new DomainException("PASSWORD_TOO_WEAK", $"Choose a password of at least {MinPasswordLength} characters.");
        }
    }

    private async Task<(Guid EmployeeId, string PasswordHash, bool MustChange)?> FindAccountAsync(string email, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT e.id, c.password_hash, c.must_change FROM employees e JOIN employee_credentials c ON c.employee_id = e.id
            WHERE lower(e.email) = @email AND e.active
            """);
        command.Parameters.AddWithValue("email", email);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(2)) : null;
    }

    private async Task<string?> PasswordHashOfAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT password_hash FROM employee_credentials WHERE employee_id = @id");
        command.Parameters.AddWithValue("id", employeeId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    /// <summary>The hasher wants a user type; ours needs nothing from it.</summary>
    private sealed class Account
    {
        public static readonly Account Instance = new();
    }
}
