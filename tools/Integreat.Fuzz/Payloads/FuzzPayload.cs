namespace Integreat.Fuzz.Payloads;

/// <summary>One request the fuzzer sends.</summary>
/// <param name="Route">The webhook path, e.g. <c>/api/telegram</c>.</param>
/// <param name="Kind">What kind of damage the payload carries (for the report), e.g. <c>deep-nesting</c>.</param>
/// <param name="Body">The raw body bytes; empty for an empty body.</param>
/// <param name="ContentType">The Content-Type header sent as is (it may be nonsense on purpose); null for none.</param>
/// <param name="Headers">Further headers (secret, signature).</param>
public sealed record FuzzPayload(string Route, string Kind, byte[] Body, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers);
