namespace Integreat.Content.Model;

/// <summary>A person or office to contact at a location.</summary>
public sealed record Contact(
    string? AreaOfResponsibility,
    string? Name,
    string? Email,
    string? PhoneNumber,
    string? MobileNumber,
    string? Website,
    OpeningHours? OpeningHours,
    string? AppointmentUrl);
