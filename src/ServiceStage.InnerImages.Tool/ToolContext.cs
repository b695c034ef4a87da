using System;
using System.Collections.Generic;
using System.IO;
using ServiceStage.InnerImages.Client.Http;

namespace ServiceStage.InnerImages.Tool;

/// <summary>
/// Everything a run takes from its surroundings, so that tests run the tool in-process with
/// their own writers and environment instead of the process's console and variables.
/// </summary>
internal sealed class ToolContext
{
    public ToolContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string> environment)
    {
        Output = output;
        Error = error;
        Environment = environment;
    }

    /// <summary>Results: the changes, the summary, the table.</summary>
    public TextWriter Output { get; }

    /// <summary>Log messages and errors.</summary>
    public TextWriter Error { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Adjusts the client options after the command line set them; tests shorten retry delays here.</summary>
    public Func<InnerImagesClientOptions, InnerImagesClientOptions>? ConfigureClient { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long a run waits for another run on the same snapshot to finish.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The folder of the lock files; null uses the temporary folder, which every run of a user shares.</summary>
    public string? LockFolder { get; init; }

    /// <summary>Returns the variable's value, or null when it is unset or empty.</summary>
    public string? GetVariable(string name)
    {
        return Environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
    }
}
