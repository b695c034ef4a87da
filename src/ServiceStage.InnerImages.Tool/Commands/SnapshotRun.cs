using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using ServiceStage.InnerImages.Client.Authentication;
using ServiceStage.InnerImages.Client.Errors;
using ServiceStage.InnerImages.Client.Files;
using ServiceStage.InnerImages.Client.Http;
using ServiceStage.InnerImages.Client.Snapshots;
using ServiceStage.InnerImages.Tool.Configuration;
using ServiceStage.InnerImages.Tool.Output;

namespace ServiceStage.InnerImages.Tool.Commands;

/// <summary>
/// One run of <c>innerimages snapshot</c>: fetch the catalog, compare it with the file, and
/// either report (<c>--check</c>) or replace the file atomically under a lock. Every failure
/// path returns before the rename, so a non-zero exit leaves the file as it was.
/// </summary>
internal sealed class SnapshotRun
{
    private readonly ToolContext _context;
    private readonly SnapshotOptions _options;

    public SnapshotRun(ToolContext context, SnapshotOptions options)
    {
        _context = context;
        _options = options;
    }

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var loggerFactory = CommonOptions.CreateLoggerFactory(_context, _options.Verbosity);
        var logger = loggerFactory.CreateLogger("innerimages");

        try
        {
            return await RunAsync(logger, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            return Fail(logger, exception, ExitCodes.InvalidUsage);
        }
        catch (ClientConfigurationException exception)
        {
            return Fail(logger, exception, ExitCodes.InvalidUsage);
        }
        catch (ServiceErrorException exception)
        {
            return Fail(logger, exception, ExitCodes.ServiceError);
        }
        catch (InvalidResponseException exception)
        {
            return Fail(logger, exception, ExitCodes.ServiceError);
        }
        catch (ServiceUnreachableException exception)
        {
            return Fail(logger, exception, ExitCodes.NetworkFailure);
        }
    }

    private async Task<int> RunAsync(ILogger logger, CancellationToken cancellationToken)
    {
        var settings = ServiceSettings.Resolve(_context, _options.Region, _options.ProjectId, _options.Endpoint);
        var authenticator = CredentialResolver.Resolve(_context, _options.TokenFile, logger);
        var outputPath = OutputPath.Resolve(_options.Output);

        var catalog = await FetchAsync(settings, authenticator, logger, cancellationToken).ConfigureAwait(false);
        var info = new SnapshotInfo(
            settings.Region,
            ServiceEndpoint.Format(settings.Endpoint),
            _context.TimeProvider.GetUtcNow(),
            ToolVersion.Describe());

        if (_options.LiveOutput is { } liveOutput)
        {
            WriteLiveCatalog(liveOutput, catalog, info, logger);
        }

        if (_options.Check)
        {
            var existing = OutputPath.ReadExisting(outputPath, _options.Output);
            return Check(catalog, info, existing, logger);
        }

        SnapshotFileLock fileLock;
        try
        {
            fileLock = await SnapshotFileLock.AcquireAsync(outputPath, _context.LockTimeout, _context.LockFolder, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            throw new UsageException(exception.Message, exception);
        }

        using (fileLock)
        {
            logger.LogDebug("Locked {Output} with {LockPath}.", _options.Output, fileLock.LockPath);
            var existing = OutputPath.ReadExisting(outputPath, _options.Output);
            return Update(outputPath, catalog, info, existing, logger);
        }
    }

    private async Task<InnerImageCatalog> FetchAsync(
        ServiceSettings settings,
        IRequestAuthenticator authenticator,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds);
        var clientOptions = new InnerImagesClientOptions
        {
            Endpoint = settings.Endpoint,
            ProjectId = settings.ProjectId,
            Authenticator = authenticator,
            TimeProvider = _context.TimeProvider,
        };

        // --timeout bounds the whole fetch. One attempt keeps its default limit unless that is longer.
        clientOptions = clientOptions with
        {
            Timeout = timeout,
            AttemptTimeout = timeout < clientOptions.AttemptTimeout ? timeout : clientOptions.AttemptTimeout,
        };
        clientOptions = _context.ConfigureClient?.Invoke(clientOptions) ?? clientOptions;

        using var client = new InnerImagesClient(clientOptions, logger);
        return await client.GetCatalogAsync(cancellationToken).ConfigureAwait(false);
    }

    private int Check(InnerImageCatalog catalog, SnapshotInfo info, SnapshotContent? existing, ILogger logger)
    {
        var comparison = SnapshotComparison.Compare(catalog, info, existing, _options.Output, logger);
        var output = _context.Output;

        if (existing is null)
        {
            output.WriteLine($"{_options.Output} does not exist; the live catalog has {DiffPrinter.CountImages(catalog.Count)}.");
            return ExitCodes.CheckFoundDifferences;
        }

        if (comparison.IsUpToDate)
        {
            output.WriteLine($"{_options.Output} matches the live catalog ({DiffPrinter.CountImages(catalog.Count)}).");
            return ExitCodes.Success;
        }

        DiffPrinter.PrintChanges(output, comparison.Diff);
        output.WriteLine(comparison.Diff.IsEmpty
            ? $"{_options.Output} lists the same images as the live catalog, but {comparison.DescribeOtherDifference()}; a refresh would rewrite it."
            : $"{_options.Output} differs from the live catalog: {DiffPrinter.Summarize(comparison.Diff)}.");
        return ExitCodes.CheckFoundDifferences;
    }

    private int Update(string outputPath, InnerImageCatalog catalog, SnapshotInfo info, SnapshotContent? existing, ILogger logger)
    {
        var comparison = SnapshotComparison.Compare(catalog, info, existing, _options.Output, logger);
        var output = _context.Output;

        if (catalog.Count == 0 && existing is not null && (existing.Stacks.Count > 0 || !existing.IsUsable) && !_options.AllowEmpty)
        {
            var listed = existing.IsUsable ? $"lists {DiffPrinter.CountImages(existing.Stacks.Count)}" : "is not empty";
            throw new InvalidResponseException(
                $"ServiceStage returned an empty catalog, but {_options.Output} {listed}; the file was not changed. An empty response is more often a fault than a real catalog: check the region and project, and if the catalog really is empty, run again with --allow-empty.");
        }

        if (comparison.IsUpToDate)
        {
            output.WriteLine($"{_options.Output} is up to date ({DiffPrinter.CountImages(catalog.Count)}).");
            return ExitCodes.Success;
        }

        if (catalog.Count == 0)
        {
            logger.LogWarning("ServiceStage returned an empty catalog; {Output} will list no images.", _options.Output);
        }

        OutputPath.Write(outputPath, _options.Output, comparison.NewBytes);
        logger.LogInformation("Wrote {Length} bytes to {Output}.", comparison.NewBytes.Length, _options.Output);

        DiffPrinter.PrintChanges(output, comparison.Diff);
        var images = DiffPrinter.CountImages(catalog.Count);
        if (existing is null)
        {
            output.WriteLine($"Wrote {_options.Output} ({images}).");
        }
        else if (comparison.Diff.IsEmpty)
        {
            output.WriteLine($"Updated {_options.Output}: no image changed, but {comparison.DescribeOtherDifference()} ({images}).");
        }
        else
        {
            output.WriteLine($"Updated {_options.Output}: {DiffPrinter.Summarize(comparison.Diff)} ({images}).");
        }

        return ExitCodes.Success;
    }

    // The live catalog is a build artifact that records what the service returned and when.
    // It is written before the snapshot is touched, so a failure here leaves the snapshot as it was.
    private static void WriteLiveCatalog(string liveOutput, InnerImageCatalog catalog, SnapshotInfo info, ILogger logger)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(liveOutput);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The live catalog path '{liveOutput}' cannot be used: {exception.Message}", exception);
        }

        OutputPath.Write(fullPath, liveOutput, SnapshotWriter.Write(catalog, info));
        logger.LogInformation("Wrote the live catalog to {LiveOutput}.", liveOutput);
    }

    private static int Fail(ILogger logger, Exception exception, int exitCode)
    {
        logger.LogError(exception, "{Message}", exception.Message);
        return exitCode;
    }
}
