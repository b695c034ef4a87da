namespace ServiceStage.InnerImages.Tool.Commands;

/// <summary>The <c>snapshot</c> command's options as parsed.</summary>
internal sealed record SnapshotOptions(
    string? Region,
    string? ProjectId,
    string? Endpoint,
    string Output,
    bool Check,
    bool AllowEmpty,
    int TimeoutSeconds,
    string? TokenFile,
    string Verbosity,
    string? LiveOutput = null);
