using System;
using Microsoft.Extensions.Logging;

namespace ServiceStage.InnerImages.Tool.Logging;

/// <summary>The <c>--verbosity</c> levels, named as in the dotnet CLI.</summary>
internal static class Verbosity
{
    public static readonly string[] Names = { "quiet", "minimal", "normal", "detailed", "diagnostic", "q", "m", "n", "d", "diag" };

    public const string Default = "minimal";

    /// <summary>Returns the lowest log level shown at <paramref name="verbosity"/>.</summary>
    public static LogLevel ToLogLevel(string verbosity) => verbosity.ToLowerInvariant() switch
    {
        "q" or "quiet" => LogLevel.Error,
        "m" or "minimal" => LogLevel.Warning,
        "n" or "normal" => LogLevel.Information,
        "d" or "detailed" => LogLevel.Debug,
        "diag" or "diagnostic" => LogLevel.Trace,
        _ => throw new ArgumentException($"'{verbosity}' is not a verbosity level.", nameof(verbosity)),
    };
}
