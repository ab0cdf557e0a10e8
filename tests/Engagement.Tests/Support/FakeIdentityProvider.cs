using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Engagement.Tests.Support;

/// <summary>
/// Just enough of an OpenID Connect provider for the code flow: discovery, keys, an authorize endpoint that signs in
/// <see cref="Email"/> without asking, and a token endpoint that returns a signed ID token.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "engagement-tests";
    public const string ClientSecret = "test secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, string> _nonceByCode = new();

    private FakeIdentityProvider(WebApplication app) => _app = app;

    public string Email { get; set; } = "";

    public bool EmailVerified { get; set; } = true;

    public string Authority => _app.Urls.Single();

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var provider = new FakeIdentityProvider(builder.Build());
        provider.Map();
        await provider._app.StartAsync();
        return provider;
    }

    private void Map()
    {
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet("/authorize", (string redirect_uri, string state, string nonce) =>
        {
            var code = Guid.NewGuid().ToString("N");
            _nonceByCode[code] = nonce;
            return Results.Redirect($"{redirect_uri}?code={code}&state={Uri.EscapeDataString(state)}");
        });
        _app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_nonceByCode.TryRemove(form["code"].ToString(), out var nonce))
            {
                return Results.BadRequest(new { error = "invalid_grant" });
            }

            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Authority,
                Audience = ClientId,
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = Email,
                    ["email"] = Email,
                    ["email_verified"] = EmailVerified,
                    ["nonce"] = nonce,
                },
            });
            return Results.Json(new { access_token = "unused", token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
