namespace Integreat.Content.Model;

/// <summary>A place: where an event happens or a location is.</summary>
public sealed record Address(string? Name, string? Street, string? Postcode, string? Town, double? Latitude, double? Longitude)
{
    /// <summary>One line a person can read: "Name, Street, Postcode Town", leaving out what is missing.</summary>
    public string ToDisplayString()
    {
        var town = string.Join(' ', new[] { Postcode, Town }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.Join(", ", new[] { Name, Street, town }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }
}
