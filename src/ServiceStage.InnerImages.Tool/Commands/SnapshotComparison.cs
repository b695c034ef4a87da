using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using ServiceStage.InnerImages.Client.Snapshots;

namespace ServiceStage.InnerImages.Tool.Commands;

/// <summary>
/// Compares a fetched catalog with the existing snapshot. The file is up to date when
/// writing the catalog with the file's own <c>fetched_at</c> and <c>tool</c> would give its
/// exact bytes, so a refresh without a change, or with only a newer tool, leaves the file alone.
/// </summary>
internal sealed class SnapshotComparison
{
    private readonly SnapshotInfo _info;
    private readonly SnapshotContent? _existing;
    private readonly SnapshotContent _written;

    private SnapshotComparison(byte[] newBytes, bool isUpToDate, CatalogDiff diff, SnapshotInfo info, SnapshotContent? existing, SnapshotContent written)
    {
        NewBytes = newBytes;
        IsUpToDate = isUpToDate;
        Diff = diff;
        _info = info;
        _existing = existing;
        _written = written;
    }

    /// <summary>The canonical snapshot of the fetched catalog, as it would be written now.</summary>
    public byte[] NewBytes { get; }

    public bool IsUpToDate { get; }

    public CatalogDiff Diff { get; }

    public static SnapshotComparison Compare(InnerImageCatalog catalog, SnapshotInfo info, SnapshotContent? existing, string displayPath, ILogger logger)
    {
        var newBytes = SnapshotWriter.Write(catalog, info);

        // The new snapshot goes through the generator's parser too, so that both sides of the
        // diff drop the same invalid entries, and the user learns now what the build will report.
        var written = SnapshotReader.Read(newBytes, displayPath);
        foreach (var problem in written.Problems)
        {
            logger.LogWarning("The catalog from ServiceStage has an entry that the source generator will skip: {Problem}", problem);
        }

        if (existing is not null && !existing.IsUsable)
        {
            logger.LogWarning("The existing snapshot cannot be used and will be replaced as a whole: {Problems}", string.Join(" ", existing.Problems));
        }

        var before = existing is { IsUsable: true } ? existing.Stacks : Array.Empty<RuntimeStack>();
        var diff = CatalogDiff.Compute(before, written.Stacks);
        var isUpToDate = existing is not null && IsSameAsExisting(catalog, info, existing);
        return new SnapshotComparison(newBytes, isUpToDate, diff, info, existing, written);
    }

    /// <summary>Describes why the file differs when its images do not, such as "its region is 'x', not 'y'".</summary>
    public string DescribeOtherDifference()
    {
        var reasons = new List<string>();
        if (_existing?.Region != _info.Region)
        {
            reasons.Add($"its region is '{_existing?.Region ?? "missing"}', not '{_info.Region}'");
        }

        if (_existing?.Endpoint != _info.Endpoint)
        {
            reasons.Add($"its endpoint is '{_existing?.Endpoint ?? "missing"}', not '{_info.Endpoint}'");
        }

        // The diff leaves out entries that the generator skips, so a change among those is
        // named here rather than passed off as formatting.
        var skippedBefore = WithoutLocations(_existing?.Problems ?? []);
        var skippedAfter = WithoutLocations(_written.Problems);
        if (!skippedBefore.SequenceEqual(skippedAfter, StringComparer.Ordinal))
        {
            reasons.Add($"the entries that the source generator skips differ ({skippedAfter.Length} in the live catalog, {skippedBefore.Length} in the file)");
        }

        if (reasons.Count == 0)
        {
            reasons.Add("its metadata or formatting is not the canonical form");
        }

        return string.Join(" and ", reasons);
    }

    // Problems have the form "path(line,column): message". A rewritten file moves an entry to
    // another line, so only the messages are compared, sorted.
    private static string[] WithoutLocations(IReadOnlyList<string> problems) =>
        problems
            .Select(problem => problem.Substring(problem.IndexOf("): ", StringComparison.Ordinal) + 3))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static bool IsSameAsExisting(InnerImageCatalog catalog, SnapshotInfo info, SnapshotContent existing)
    {
        var withExistingStamp = info with
        {
            FetchedAt = existing.FetchedAt ?? info.FetchedAt,
            Tool = existing.Tool ?? info.Tool,
        };
        var bytes = SnapshotWriter.Write(catalog, withExistingStamp);
        return bytes.AsSpan().SequenceEqual(existing.Bytes);
    }
}
