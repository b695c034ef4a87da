using System.Collections.Generic;

namespace ServiceStage.InnerImages.Tool.Tests.Fakes;

/// <summary>A request as the fake server received it: the raw target and every header.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
