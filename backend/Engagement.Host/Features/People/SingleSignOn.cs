using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Engagement.Features.People;

/// <summary>
/// Optional OpenID Connect sign-in (Entra ID, Okta, Google Workspace, Keycloak…), on when
/// <c>Authentication:OpenIdConnect:Authority</c> is set. The provider only proves the email address; the person must
/// already be in the organisation and active, and then gets the same session as with a password.
/// </summary>
public static class SingleSignOn
{
    public const string StartPath = "/auth/oidc";
    private const string CompletePath = "/auth/oidc/complete";
    private const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;
    private const string ExternalCookie = "engagement-external";

    public sealed record Settings(string DisplayName, string StartUrl);

    public static Settings? Configured(IConfiguration configuration) =>
        string.IsNullOrEmpty(configuration["Authentication:OpenIdConnect:Authority"])
            ? null
            : new Settings(configuration["Authentication:OpenIdConnect:DisplayName"] ?? "your company account", StartPath);

    public static IHostApplicationBuilder AddSingleSignOn(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Authentication:OpenIdConnect");
        if (Configured(builder.Configuration) is null)
        {
            return builder;
        }

        builder.Services.AddAuthentication(ExternalCookie)
            .AddCookie(ExternalCookie, options =>
            {
                // Holds the provider's answer only for the hop to CompletePath.
                options.Cookie.Name = "engagement_external";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddOpenIdConnect(Scheme, options =>
            {
                options.SignInScheme = ExternalCookie;
                options.Authority = settings["Authority"];
                options.ClientId = settings["ClientId"];
                options.ClientSecret = settings["ClientSecret"];
                options.ResponseType = "code";
                options.UsePkce = true;
                options.Scope.Add("email");
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = settings.GetValue("RequireHttpsMetadata", true);
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        return builder;
    }

    public static WebApplication MapSingleSignOn(this WebApplication app)
    {
        if (Configured(app.Configuration) is null)
        {
            return app;
        }

        app.UseAuthentication();
        app.MapGet(StartPath, (string? next) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = $"{CompletePath}?next={Uri.EscapeDataString(LocalPath(next))}" }, [Scheme]));
        app.MapGet(CompletePath, async (HttpContext http, Accounts accounts, string? next, CancellationToken cancellationToken) =>
        {
            var external = await http.AuthenticateAsync(ExternalCookie);
            await http.SignOutAsync(ExternalCookie);
            var email = external.Principal?.FindFirstValue("email") ?? external.Principal?.FindFirstValue(ClaimTypes.Email);
            var verified = external.Principal?.FindFirstValue("email_verified") is not "false";
            if (email is null || !verified || await accounts.StartSessionForEmailAsync(email, http, cancellationToken) is null)
            {
                return Results.Redirect("/sign-in?error=sso-unknown");
            }

            return Results.Redirect(LocalPath(next));
        });
        return app;
    }

    /// <summary>
    /// Only paths of this site: an open redirect would let a link send people anywhere after signing in. Browsers read
    /// "//host" and "/\host" as another site, after dropping tabs and newlines ("/\t/host"); decoding once more catches the
    /// same written with escapes ("/%2F/host"). The app's own paths are ASCII (browsers escape the rest), and Kestrel
    /// refuses any other character in a Location header.
    /// </summary>
    internal static string LocalPath(string? next) =>
        next is ['/', ..] && next.All(character => character is > ' ' and < '\x7f') && !LeavesTheSite(next) && !LeavesTheSite(Uri.UnescapeDataString(next))
            ? next
            : "/";

    private static bool LeavesTheSite(string path) => path is [_, '/' or '\\', ..] || path.Any(char.IsControl);
}
