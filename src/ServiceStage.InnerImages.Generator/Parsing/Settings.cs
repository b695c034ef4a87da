using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using ServiceStage.InnerImages.Generator.Diagnostics;
using ServiceStage.InnerImages.Generator.Model;
using ServiceStage.InnerImages.Generator.Naming;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Parsing;

/// <summary>
/// Reads the MSBuild properties that the build files make visible to the compiler, and
/// validates each one. An invalid value is reported and replaced by its default, so the
/// catalog is still generated.
/// </summary>
internal static class Settings
{
    public const string DefaultNamespace = "ServiceStage.InnerImages";
    public const string DefaultClassName = "InnerImages";
    public const int DefaultMaxAgeDays = 30;
    public const string BuildDateFormat = "yyyy-MM-dd";

    // Item metadata that marks an AdditionalFiles item as a snapshot, and names its class.
    public const string SnapshotMetadata = "build_metadata.AdditionalFiles.InnerImagesSnapshot";
    public const string ClassNameMetadata = "build_metadata.AdditionalFiles.InnerImagesClassName";

    // Item metadata that marks an AdditionalFiles item as the live catalog that CheckInnerImages wrote.
    public const string LiveCatalogMetadata = "build_metadata.AdditionalFiles.InnerImagesLiveCatalog";

    private const string MaxAgeDaysProperty = "build_property.InnerImagesMaxAgeDays";
    private const string BuildDateProperty = "build_property.InnerImagesBuildDate";

    // Types that the generator emits beside the catalog class, in the same namespace.
    private static readonly string[] GeneratedTypeNames = ["StackType", "InnerImage", "ImageReference"];

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var @namespace = ReadNamespace(options, diagnostics);
        var className = ReadClassName(options, diagnostics);
        var isPublic = ReadAccessibility(options, diagnostics);

        // The analyzers read these two; the generator only validates them, so that each
        // invalid setting is reported once, by one component.
        if (!TryReadMaxAgeDays(options, out _, out var maxAgeProblem))
        {
            Report(diagnostics, maxAgeProblem!);
        }

        if (!TryReadBuildDate(options, out _, out var buildDateProblem))
        {
            Report(diagnostics, buildDateProblem!);
        }

        return new GeneratorOptions(
            @namespace,
            className,
            isPublic,
            GetSetting(options, "Snapshot"),
            GetValue(options, "build_property.ProjectDir"),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    public static bool IsSnapshot(AnalyzerConfigOptions fileOptions) =>
        string.Equals(GetValue(fileOptions, SnapshotMetadata), "true", StringComparison.OrdinalIgnoreCase);

    public static string GetClassName(AnalyzerConfigOptions fileOptions) => GetDecodedValue(fileOptions, ClassNameMetadata);

    public static bool IsLiveCatalog(AnalyzerConfigOptions fileOptions) =>
        string.Equals(GetValue(fileOptions, LiveCatalogMetadata), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the namespace of the generated types as the generator does, falling back to the
    /// default without reporting anything: the generator reports an invalid value.
    /// </summary>
    public static string ReadNamespace(AnalyzerConfigOptions options) =>
        ReadNamespace(options, new List<DiagnosticInfo>());

    /// <summary>
    /// Reads <c>InnerImagesMaxAgeDays</c>: a whole number of days, 0 or more, with
    /// <see cref="DefaultMaxAgeDays"/> when the property is empty. On an invalid value,
    /// <paramref name="days"/> is the default and <paramref name="problem"/> explains why.
    /// </summary>
    public static bool TryReadMaxAgeDays(AnalyzerConfigOptions options, out int days, out string? problem)
    {
        days = DefaultMaxAgeDays;
        problem = null;

        var value = GetValue(options, MaxAgeDaysProperty).Trim();
        if (value.Length == 0)
        {
            return true;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            problem = $"InnerImagesMaxAgeDays '{value}' is invalid; use a whole number of days, 0 or more, such as '{DefaultMaxAgeDays}'. {DefaultMaxAgeDays} is used instead.";
            return false;
        }

        days = parsed;
        return true;
    }

    /// <summary>
    /// Reads <c>InnerImagesBuildDate</c>, the UTC date of the build as <c>yyyy-MM-dd</c>.
    /// <paramref name="date"/> is null when the property is empty or invalid; the snapshot's
    /// age is then not checked, because the analyzers never read the clock.
    /// </summary>
    public static bool TryReadBuildDate(AnalyzerConfigOptions options, out DateTime? date, out string? problem)
    {
        date = null;
        problem = null;

        var value = GetValue(options, BuildDateProperty).Trim();
        if (value.Length == 0)
        {
            return true;
        }

        if (!DateTime.TryParseExact(value, BuildDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            problem = $"InnerImagesBuildDate '{value}' is invalid; use the UTC date of the build as yyyy-MM-dd, such as '2026-12-04', or leave it empty. The snapshot's age is not checked.";
            return false;
        }

        date = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Returns why <paramref name="className"/> cannot name the catalog class, or null when it can.</summary>
    public static string? ValidateClassName(string className)
    {
        if (!Identifiers.IsValidDeclarationName(className))
        {
            return "a class name must be a C# identifier that is not a keyword, such as 'InnerImages'";
        }

        if (Array.IndexOf(GeneratedTypeNames, className) >= 0)
        {
            return $"'{className}' is the name of a type that the generator emits beside the catalog";
        }

        foreach (var type in SnapshotFormat.DocumentedStackTypes)
        {
            if (className == type)
            {
                return $"'{className}' is the name of a stack type, which becomes a class nested in the catalog";
            }
        }

        return null;
    }

    private static string ReadNamespace(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        var value = GetSetting(options, "Namespace").Trim();
        if (value.Length == 0)
        {
            return DefaultNamespace;
        }

        var segments = value.Split('.');
        foreach (var segment in segments)
        {
            if (!Identifiers.IsValidDeclarationName(segment))
            {
                Report(diagnostics, $"InnerImagesNamespace '{value}' is not a valid namespace: '{segment}' is not a C# identifier. Use dotted identifiers such as 'Contoso.Deployment'; '{DefaultNamespace}' is used instead.");
                return DefaultNamespace;
            }
        }

        if (segments[0] == "global")
        {
            Report(diagnostics, $"InnerImagesNamespace '{value}' cannot start with 'global', which C# reserves for the global namespace alias; '{DefaultNamespace}' is used instead.");
            return DefaultNamespace;
        }

        return value;
    }

    private static string ReadClassName(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        var value = GetSetting(options, "ClassName").Trim();
        if (value.Length == 0)
        {
            return DefaultClassName;
        }

        if (ValidateClassName(value) is { } problem)
        {
            Report(diagnostics, $"InnerImagesClassName '{value}' is invalid: {problem}. '{DefaultClassName}' is used instead.");
            return DefaultClassName;
        }

        return value;
    }

    private static bool ReadAccessibility(AnalyzerConfigOptions options, List<DiagnosticInfo> diagnostics)
    {
        var value = GetSetting(options, "Accessibility").Trim();
        if (value.Length == 0 || string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(value, "public", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Report(diagnostics, $"InnerImagesAccessibility '{value}' is invalid; use 'internal' (the default) or 'public'. 'internal' is used instead.");
        return false;
    }

    private static string GetValue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) ? value : string.Empty;

    // The build files percent-encode '%', '#' and ';' in these values, because the generated
    // .editorconfig that carries them to the compiler would end a value at '#' or ';'.
    private static string GetDecodedValue(AnalyzerConfigOptions options, string key) =>
        Uri.UnescapeDataString(GetValue(options, key));

    /// <summary>
    /// Reads the setting InnerImages<paramref name="name"/>: the encoded copy that the build
    /// files pass, or the plain property in a host without them.
    /// </summary>
    private static string GetSetting(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property._InnerImagesEncoded" + name, out var encoded)
            ? Uri.UnescapeDataString(encoded)
            : GetValue(options, "build_property.InnerImages" + name);

    private static void Report(List<DiagnosticInfo> diagnostics, string message) =>
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSetting, null, message));
}
