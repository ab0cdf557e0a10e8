using System.Security.Cryptography;
using Engagement.Platform;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Engagement.Features.People;

/// <summary>Passwords, sign-in and the sessions behind the cookie; also finds the caller of every request.</summary>
public sealed class Accounts(NpgsqlDataSource dataSource, IGrainFactory grains, TimeProvider time, ILogger<Accounts> logger) : ICallerResolver
{
    public const string CookieName = SessionCookie.Name;
    public const int MinPasswordLength = 10;
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(14);

    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>Verified when the email is unknown, so a wrong address costs the same time as a wrong password.</summary>
    private static readonly string DecoyHash = Hasher.HashPassword(Account.Instance, "decoy password that matches nothing");

    public async Task<Caller> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var token) || string.IsNullOrEmpty(token))
        {
            return Caller.Anonymous;
        }

        await using var command = dataSource.CreateCommand("""
            SELECT e.id, e.is_hr_admin FROM sessions s JOIN employees e ON e.id = s.employee_id
            WHERE s.token_hash = @hash AND s.expires_at > @now AND e.active
            """);
        command.Parameters.AddWithValue("hash", Hash(token));
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            return Caller.Employee(reader.GetGuid(0), reader.GetBoolean(1));
        }

        // Said once: the dead cookie goes, so the next request is simply signed out.
        DeleteCookie(context);
        return Caller.Expired;
    }

    private static void DeleteCookie(HttpContext context) =>
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict, HttpOnly = true });

    public async Task<Guid> SignInAsync(string email, string password, HttpContext http, CancellationToken cancellationToken)
    {
        email = (email ?? "").Trim().ToLowerInvariant();
        var throttle = grains.GetGrain<ISignInThrottleGrain>($"signin:{email}");
        if (await throttle.RetryAfter() is { } wait)
        {
            throw new DomainException("SIGN_IN_THROTTLED",
                $"Too many failed sign-ins. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minute(s).");
        }

        var found = await FindAccountAsync(email, cancellationToken);
        var verified = Hasher.VerifyHashedPassword(Account.Instance, found?.PasswordHash ?? DecoyHash, password ?? "");
        if (found is not { } account || verified == PasswordVerificationResult.Failed)
        {
            await throttle.RecordFailure();
            throw new DomainException("SIGN_IN_FAILED", "Email or password is wrong.");
        }

        await throttle.Reset();
        await StartSessionAsync(account.EmployeeId, http, cancellationToken);
        return account.EmployeeId;
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

        await StartSessionAsync(employeeId, http, cancellationToken);
        return employeeId;
    }

    private async Task StartSessionAsync(Guid employeeId, HttpContext http, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await using (var command = dataSource.CreateCommand(
            "INSERT INTO sessions (token_hash, employee_id, created_at, expires_at) VALUES (@hash, @employeeId, @now, @expires)"))
        {
            command.Parameters.AddWithValue("hash", Hash(token));
            command.Parameters.AddWithValue("employeeId", employeeId);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("expires", now + SessionLifetime);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
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

    public async Task ChangePasswordAsync(Caller caller, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var employeeId = caller.RequireSignedIn();
        var hash = await PasswordHashOfAsync(employeeId, cancellationToken);
        if (hash is null || Hasher.VerifyHashedPassword(Account.Instance, hash, currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            throw new DomainException("PASSWORD_WRONG", "The current password is wrong.");
        }

        RequireStrong(newPassword);
        await SetPasswordAsync(employeeId, newPassword, mustChange: false, cancellationToken);
    }

    public async Task<string> IssueTemporaryPasswordAsync(Caller caller, Guid employeeId, CancellationToken cancellationToken)
    {
        var hrAdmin = caller.RequireHrAdmin("issue temporary passwords");
        if (await grains.GetGrain<IEmployeeGrain>(employeeId).GetProfile() is not { Active: true })
        {
            throw new DomainException("NOT_FOUND", "No active employee has this id.");
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        await SetPasswordAsync(employeeId, password, mustChange: true, cancellationToken);
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
        await using var command = dataSource.CreateCommand("""
            INSERT INTO employee_credentials (employee_id, password_hash, must_change, updated_at) VALUES (@id, @hash, @mustChange, @now)
            ON CONFLICT (employee_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, must_change = EXCLUDED.must_change, updated_at = EXCLUDED.updated_at
            """);
        command.Parameters.AddWithValue("id", employeeId);
        command.Parameters.AddWithValue("hash", Hasher.HashPassword(Account.Instance, password));
        command.Parameters.AddWithValue("mustChange", mustChange);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void RequireStrong(string password)
    {
        if ((password ?? "").Length < MinPasswordLength)
        {
            throw new DomainException("PASSWORD_TOO_WEAK", $"Choose a password of at least {MinPasswordLength} characters.");
        }
    }

    private async Task<(Guid EmployeeId, string PasswordHash)?> FindAccountAsync(string email, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT e.id, c.password_hash FROM employees e JOIN employee_credentials c ON c.employee_id = e.id
            WHERE lower(e.email) = @email AND e.active
            """);
        command.Parameters.AddWithValue("email", email);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetString(1)) : null;
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
