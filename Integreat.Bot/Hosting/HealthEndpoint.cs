namespace Integreat.Bot.Hosting;

/// <summary><c>GET /health</c> for operators and load balancers.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "starting" }));
        return app;
    }
}
