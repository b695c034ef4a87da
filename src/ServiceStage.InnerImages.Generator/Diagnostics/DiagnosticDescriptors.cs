using Microsoft.CodeAnalysis;

namespace ServiceStage.InnerImages.Generator.Diagnostics;

/// <summary>
/// Every diagnostic of the generator and the analyzers. Ids follow one series: SSI001 to
/// SSI009 are problems with a snapshot file, SSI010 to SSI019 come from the analyzers of the
/// snapshot's age and of code that uses the catalog, and SSI020 onwards are invalid MSBuild
/// settings. The README lists each one.
/// </summary>
/// <remarks>
/// Messages are built where the problem is found, because each names its own value and fix.
/// The descriptors carry the id, title, category and default severity.
/// </remarks>
internal static class DiagnosticDescriptors
{
    private const string Category = "ServiceStage.InnerImages";
    private const string HelpLinkBase = "https://github.com/servicestage-innerimages/ServiceStage.InnerImages#";

    public static readonly DiagnosticDescriptor SnapshotNotFound = Create(
        "SSI001", "No snapshot file was found", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SnapshotUnreadable = Create(
        "SSI002", "The snapshot file could not be read", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SnapshotNotUtf8 = Create(
        "SSI003", "The snapshot file is not UTF-8", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidJson = Create(
        "SSI004", "The snapshot is not valid JSON", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor WrongShape = Create(
        "SSI005", "The snapshot does not have the shape of a catalog", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidField = Create(
        "SSI006", "A snapshot entry or metadata field is invalid", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidImageReference = Create(
        "SSI007", "An image url is not a valid image reference", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateEntry = Create(
        "SSI008", "An image is listed more than once", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "SSI009", "Two names in the snapshot map to one C# identifier", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor StaleSnapshot = Create(
        "SSI010", "The snapshot is older than InnerImagesMaxAgeDays", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RetiredImage = Create(
        "SSI011", "A constant names an image that the live catalog no longer offers", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HardCodedImage = Create(
        "SSI012", "An image address is hard-coded instead of using its constant", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnknownBuiltInImage = Create(
        "SSI013", "A built-in image address is not in the snapshot", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SnapshotWithoutFetchTime = Create(
        "SSI014", "The snapshot has no fetch time, so its age is unknown", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidSetting = Create(
        "SSI020", "An InnerImages MSBuild setting is invalid", DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(
            id,
            title,
            messageFormat: "{0}",
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
