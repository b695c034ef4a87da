namespace ServiceStage.InnerImages.Tool;

/// <summary>The tool's exit codes. On every non-zero code the snapshot file is unchanged.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary><c>--check</c> found that the live catalog differs from the file.</summary>
    public const int CheckFoundDifferences = 1;

    /// <summary>Invalid usage or configuration: options, credentials, or an output file that cannot be read, locked or written; also an unexpected failure of the tool.</summary>
    public const int InvalidUsage = 2;

    /// <summary>The service responded with an error status or an unusable response (not JSON, wrong shape, too large, a redirect to another host, an empty catalog over a non-empty snapshot).</summary>
    public const int ServiceError = 3;

    /// <summary>A network failure or a timeout after the retries.</summary>
    public const int NetworkFailure = 4;

    /// <summary>The run was interrupted, for example with Ctrl+C: 128 plus SIGINT's number, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>The exit code section of the help text.</summary>
    public const string HelpText =
        """
        Exit codes:
          0  Success; with --check, the file matches the live catalog.
          1  --check found differences between the live catalog and the file.
          2  Invalid usage or configuration: options, credentials, or an output file
             that cannot be read, locked or written; also an unexpected failure.
          3  The service returned an error or an unusable response (not JSON, wrong
             shape, too large, a redirect to another host, or an empty catalog over a
             non-empty snapshot without --allow-empty).
          4  Network failure or timeout, after retries.
          130  Interrupted (Ctrl+C).
        On every non-zero exit the snapshot file is unchanged.
        """;

    /// <summary>The exit code section of the help text of <c>innerimages show</c>, which never contacts the service.</summary>
    public const string ShowHelpText =
        """
        Exit codes:
          0  The snapshot was shown; problems that the source generator would report are
             printed as warnings.
          2  Invalid usage, or the file cannot be read or used as a snapshot.
        """;
}
