using System.Security.Cryptography;
using System.Text;
using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting;

/// <summary><c>GET /api/report[?region=…&amp;since=…]</c>: the editors' report (unanswered questions, not-helpful
/// feedback) as JSON, only when <c>Bot:AdminKey</c> is configured and sent in <c>X-Admin-Key</c>.</summary>
public static class ReportEndpoint
{
    public const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapReport(this IEndpointRouteBuilder app)
    {
        var key = app.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value.AdminKey;
        if (string.IsNullOrEmpty(key))
        {
            return app;
        }

        var expected = Encoding.UTF8.GetBytes(key);
        app.MapGet("/api/report", async (HttpRequest request, IEditorReport report, string? region, DateTimeOffset? since, CancellationToken cancellationToken) =>
        {
            var sent = Encoding.UTF8.GetBytes(request.Headers[KeyHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(sent, expected))
            {
                return Results.Unauthorized();
            }

            var lines = await report.QueryAsync(region, since, cancellationToken);
            return Results.Ok(lines.Select(l => new
            {
                region = l.Region,
                language = l.Language,
                kind = l.Kind.ToString(),
                question = l.Question,
                count = l.Count,
                firstAt = l.FirstAt,
                lastAt = l.LastAt,
                pageId = l.PageId,
            }));
        });
        return app;
    }
}
