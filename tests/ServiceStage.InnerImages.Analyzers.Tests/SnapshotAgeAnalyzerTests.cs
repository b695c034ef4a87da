using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;
using ServiceStage.InnerImages.Generator.Analyzers;
using static ServiceStage.InnerImages.Analyzers.Tests.Infrastructure.Snapshots;

namespace ServiceStage.InnerImages.Analyzers.Tests;

/// <summary>SSI010 (stale snapshot) and SSI014 (no fetch time), reported in snapshot.json.</summary>
public sealed class SnapshotAgeAnalyzerTests
{
    private const string Code = "class C { }";

    [Fact]
    public async Task StaleSnapshot_ReportsAgeDateAndCommand()
    {
        var snapshot = Default(fetchedAt: "2026-10-05T23:59:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning)
            .WithSpan(FetchedAtSpan(snapshot))
            .WithMessage("The snapshot '/0/snapshot.json' was fetched on 2026-10-05, 60 days before the build date 2026-12-04, which is more than InnerImagesMaxAgeDays (30); refresh it with 'dotnet build -t:RefreshInnerImages' and commit the result."));

        await test.RunAsync();
    }

    [Fact]
    public async Task SnapshotAtMaxAge_IsNotStale()
    {
        await Create(Default(fetchedAt: "2026-11-04T00:00:00Z"), buildDate: "2026-12-04").RunAsync();
    }

    [Fact]
    public async Task SnapshotOneDayPastMaxAge_IsStale()
    {
        var snapshot = Default(fetchedAt: "2026-11-03T12:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning).WithSpan(FetchedAtSpan(snapshot)));

        await test.RunAsync();
    }

    [Fact]
    public async Task FetchTimeWithOffset_CountsInUtc()
    {
        // 2026-11-04T01:00+02:00 is 2026-11-03T23:00Z, so 31 days before the build date.
        var snapshot = Default(fetchedAt: "2026-11-04T01:00:00+02:00");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning).WithSpan(FetchedAtSpan(snapshot)));

        await test.RunAsync();
    }

    [Fact]
    public async Task NoBuildDate_ReportsNothing()
    {
        await Create(Default(fetchedAt: "2020-01-01T00:00:00Z"), buildDate: null).RunAsync();
    }

    [Fact]
    public async Task MaxAgeDays_RaisesTheLimit()
    {
        var test = Create(Default(fetchedAt: "2026-10-05T00:00:00Z"), buildDate: "2026-12-04");
        test.Catalog.SetProperty("InnerImagesMaxAgeDays", "90");

        await test.RunAsync();
    }

    [Fact]
    public async Task MaxAgeDays_LowersTheLimit()
    {
        var snapshot = Default(fetchedAt: "2026-11-24T00:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.Catalog.SetProperty("InnerImagesMaxAgeDays", "7");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning)
            .WithSpan(FetchedAtSpan(snapshot))
            .WithMessage("The snapshot '/0/snapshot.json' was fetched on 2026-11-24, 10 days before the build date 2026-12-04, which is more than InnerImagesMaxAgeDays (7); refresh it with 'dotnet build -t:RefreshInnerImages' and commit the result."));

        await test.RunAsync();
    }

    [Fact]
    public async Task InvalidMaxAgeDays_UsesDefault()
    {
        var snapshot = Default(fetchedAt: "2026-10-05T00:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.Catalog.SetProperty("InnerImagesMaxAgeDays", "thirty");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI020", DiagnosticSeverity.Error)
            .WithMessage("InnerImagesMaxAgeDays 'thirty' is invalid; use a whole number of days, 0 or more, such as '30'. 30 is used instead."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning).WithSpan(FetchedAtSpan(snapshot)));

        await test.RunAsync();
    }

    [Fact]
    public async Task InvalidBuildDate_ReportsSsi020AndChecksNothing()
    {
        var test = Create(Default(fetchedAt: "2020-01-01T00:00:00Z"), buildDate: "04/12/2026");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI020", DiagnosticSeverity.Error)
            .WithMessage("InnerImagesBuildDate '04/12/2026' is invalid; use the UTC date of the build as yyyy-MM-dd, such as '2026-12-04', or leave it empty. The snapshot's age is not checked."));

        await test.RunAsync();
    }

    [Fact]
    public async Task MatchingLiveCatalog_ConfirmsOldSnapshot()
    {
        var test = Create(Default(fetchedAt: "2026-01-01T00:00:00Z"), buildDate: "2026-12-04");
        test.Catalog.AddLiveCatalog(With("2026-12-03T10:00:00Z", ("Nodejs", Node18), ("Java", Java8), ("Java", Java17)));

        await test.RunAsync();
    }

    [Fact]
    public async Task OldMatchingLiveCatalog_NamesConfirmationDate()
    {
        var snapshot = Default(fetchedAt: "2026-01-01T00:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.Catalog.AddLiveCatalog(Default(fetchedAt: "2026-09-01T00:00:00Z"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning)
            .WithSpan(FetchedAtSpan(snapshot))
            .WithMessage("The snapshot '/0/snapshot.json' was last confirmed by the live catalog on 2026-09-01, 94 days before the build date 2026-12-04, which is more than InnerImagesMaxAgeDays (30); refresh it with 'dotnet build -t:RefreshInnerImages' and commit the result."));

        await test.RunAsync();
    }

    [Fact]
    public async Task DifferentLiveCatalog_DoesNotConfirm()
    {
        var snapshot = Default(fetchedAt: "2026-01-01T00:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.Catalog.AddLiveCatalog(With("2026-12-03T10:00:00Z", ("Java", Java17), ("Nodejs", Node18)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning).WithSpan(FetchedAtSpan(snapshot)));

        await test.RunAsync();
    }

    [Fact]
    public async Task OtherStackTypeInLive_DoesNotConfirm()
    {
        var snapshot = Default(fetchedAt: "2026-01-01T00:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        test.Catalog.AddLiveCatalog(With("2026-12-03T10:00:00Z", ("Java", Java17), ("Java", Java8), ("Tomcat", Node18)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning).WithSpan(FetchedAtSpan(snapshot)));

        await test.RunAsync();
    }

    [Fact]
    public async Task NoFetchTime_ReportsSsi014AtFileStart()
    {
        var test = Create(Default(fetchedAt: null), buildDate: "2026-12-04");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI014", DiagnosticSeverity.Info)
            .WithSpan(CatalogTestState.SnapshotPath, 1, 1, 1, 1)
            .WithMessage("The snapshot '/0/snapshot.json' has no 'snapshot.fetched_at' time, so its age cannot be checked against InnerImagesMaxAgeDays; refresh it with 'dotnet build -t:RefreshInnerImages', which records the time."));

        await test.RunAsync();
    }

    [Fact]
    public async Task NoFetchTime_ConfirmedByLiveCatalog()
    {
        var test = Create(Default(fetchedAt: null), buildDate: "2026-12-04");
        test.Catalog.AddLiveCatalog(Default(fetchedAt: "2026-12-04T06:00:00Z"));

        await test.RunAsync();
    }

    [Fact]
    public async Task NoFetchTimeNoBuildDate_ReportsNothing()
    {
        await Create(Default(fetchedAt: null), buildDate: null).RunAsync();
    }

    [Fact]
    public async Task InvalidSnapshot_LeftToGenerator()
    {
        var test = Create("{ \"snapshot\": { \"fetched_at\": \"2020-01-01T00:00:00Z\" } }", buildDate: "2026-12-04");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI005", DiagnosticSeverity.Error).WithSpan(CatalogTestState.SnapshotPath, 1, 1, 1, 2));

        await test.RunAsync();
    }

    // A diagnostic in an additional file belongs to no syntax tree, so the compiler applies only
    // project-wide settings to it: a global AnalyzerConfig file, NoWarn or WarningsAsErrors.
    [Fact]
    public async Task GlobalConfigSeverity_AppliesToSsi010()
    {
        var snapshot = Default(fetchedAt: "2026-10-05T00:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        TestSetup.SetSeverity(test, "SSI010", "/severity.globalconfig", "is_global = true\ndotnet_diagnostic.SSI010.severity = error\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Error).WithSpan(FetchedAtSpan(snapshot)));

        await test.RunAsync();
    }

    [Fact]
    public async Task GlobalConfigSeverity_SilencesSsi014()
    {
        var test = Create(Default(fetchedAt: null), buildDate: "2026-12-04");
        TestSetup.SetSeverity(test, "SSI014", "/severity.globalconfig", "is_global = true\ndotnet_diagnostic.SSI014.severity = none\n");

        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigSection_DoesNotReachSnapshotDiagnostics()
    {
        var snapshot = Default(fetchedAt: "2026-10-05T00:00:00Z");
        var test = Create(snapshot, buildDate: "2026-12-04");
        TestSetup.SetSeverity(test, "SSI010", "/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.SSI010.severity = error\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SSI010", DiagnosticSeverity.Warning).WithSpan(FetchedAtSpan(snapshot)));

        await test.RunAsync();
    }

    private static AnalyzerVerifier<SnapshotAgeAnalyzer> Create(string snapshot, string? buildDate)
    {
        var test = new AnalyzerVerifier<SnapshotAgeAnalyzer> { TestCode = Code };
        test.Catalog.AddSnapshot(snapshot);
        if (buildDate is not null)
        {
            test.Catalog.SetProperty("InnerImagesBuildDate", buildDate);
        }

        return test;
    }

    // The fetched_at value, quotes included, on the second line of the snapshot.
    private static FileLinePositionSpan FetchedAtSpan(string snapshot)
    {
        var lines = snapshot.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"fetched_at\""));
        var start = lines[line].IndexOf('"', lines[line].IndexOf("\"fetched_at\"", StringComparison.Ordinal) + "\"fetched_at\":".Length);
        var end = lines[line].IndexOf('"', start + 1) + 1;
        return new FileLinePositionSpan(CatalogTestState.SnapshotPath, new(line, start), new(line, end));
    }
}
