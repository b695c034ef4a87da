using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ServiceStage.InnerImages.Generator.Diagnostics;
using ServiceStage.InnerImages.Generator.Parsing;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// Reports a snapshot older than <c>InnerImagesMaxAgeDays</c> as of <c>InnerImagesBuildDate</c>
/// (SSI010), and a snapshot whose age is unknown because it has no <c>fetched_at</c> (SSI014).
/// </summary>
/// <remarks>
/// The analyzer never reads the clock: without a build date nothing is reported, and with one
/// the result stays the same for a whole UTC day. A live catalog that lists the same images
/// as the snapshot confirms it as of the live catalog's <c>fetched_at</c>, so a build that has
/// just checked an unchanged catalog is not asked to refresh.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnapshotAgeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The command that refreshes the snapshot, named in every message that requests a refresh.</summary>
    internal const string RefreshCommand = "dotnet build -t:RefreshInnerImages";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.StaleSnapshot, DiagnosticDescriptors.SnapshotWithoutFetchTime);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        if (!Settings.IsSnapshot(provider.GetOptions(context.AdditionalFile)))
        {
            return;
        }

        // An invalid value is reported as SSI020 by the generator.
        Settings.TryReadBuildDate(provider.GlobalOptions, out var buildDate, out _);
        if (buildDate is null)
        {
            return;
        }

        Settings.TryReadMaxAgeDays(provider.GlobalOptions, out var maxAgeDays, out _);

        var files = CatalogFiles.Read(context.Options, context.CancellationToken);
        var snapshot = files.FindSnapshot(context.AdditionalFile.Path);
        if (snapshot is null || !snapshot.Catalog.IsUsable)
        {
            return;
        }

        Analyze(context, snapshot, files.LiveCatalog, buildDate.Value, maxAgeDays);
    }

    private static void Analyze(AdditionalFileAnalysisContext context, CatalogFile snapshot, CatalogFile? liveCatalog, DateTime buildDate, int maxAgeDays)
    {
        var fetchedAt = snapshot.Catalog.Metadata?.FetchedAt;
        var confirmedAt = ConfirmationTime(snapshot, liveCatalog);
        var checkedAt = Latest(fetchedAt, confirmedAt);

        if (checkedAt is null)
        {
            var message = $"The snapshot '{snapshot.Path}' has no 'snapshot.fetched_at' time, so its age cannot be checked against InnerImagesMaxAgeDays; refresh it with '{RefreshCommand}', which records the time.";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SnapshotWithoutFetchTime, FileStart(snapshot), message));
            return;
        }

        var age = (buildDate - checkedAt.Value.UtcDateTime.Date).Days;
        if (age <= maxAgeDays)
        {
            return;
        }

        var date = FormatDate(checkedAt.Value);
        var lastChecked = confirmedAt == checkedAt
            ? $"was last confirmed by the live catalog on {date}"
            : $"was fetched on {date}";
        var stale = $"The snapshot '{snapshot.Path}' {lastChecked}, {age} days before the build date {buildDate.ToString(Settings.BuildDateFormat, CultureInfo.InvariantCulture)}, which is more than InnerImagesMaxAgeDays ({maxAgeDays}); refresh it with '{RefreshCommand}' and commit the result.";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StaleSnapshot, FetchedAtLocation(snapshot), stale));
    }

    // The live catalog's fetch time when it lists exactly the snapshot's images, otherwise null.
    private static DateTimeOffset? ConfirmationTime(CatalogFile snapshot, CatalogFile? liveCatalog)
    {
        if (liveCatalog is null || !liveCatalog.Catalog.HasSameImages(snapshot.Catalog))
        {
            return null;
        }

        return liveCatalog.Catalog.Metadata?.FetchedAt;
    }

    private static DateTimeOffset? Latest(DateTimeOffset? first, DateTimeOffset? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        return first.Value >= second.Value ? first : second;
    }

    private static string FormatDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString(Settings.BuildDateFormat, CultureInfo.InvariantCulture);

    private static Location FetchedAtLocation(CatalogFile snapshot)
    {
        if (snapshot.Catalog.Metadata?.FetchedAtSpan is not { } span)
        {
            return FileStart(snapshot);
        }

        var textSpan = new TextSpan(span.Start, span.Length);
        return Location.Create(snapshot.Path, textSpan, snapshot.Text.Lines.GetLinePositionSpan(textSpan));
    }

    private static Location FileStart(CatalogFile snapshot) =>
        Location.Create(snapshot.Path, default, default);
}
