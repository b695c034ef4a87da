using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ServiceStage.InnerImages.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generator through a real <see cref="CSharpGeneratorDriver"/> over snapshot files,
/// then compiles the consumer code together with the output, as a build would.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string SnapshotPath = "/project/snapshot.json";

    private readonly List<AdditionalText> _additionalTexts = [];
    private readonly Dictionary<string, ImmutableDictionary<string, string>> _fileOptions = [];
    private readonly Dictionary<string, string> _globalOptions = new(StringComparer.Ordinal);
    private readonly List<string> _sources = [];

    public ImmutableArray<MetadataReference> References { get; set; } = ReferenceAssemblySets.Net80;

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public NullableContextOptions Nullable { get; set; } = NullableContextOptions.Enable;

    public GeneratorHarness AddSnapshot(string text, string path = SnapshotPath, string? className = null) =>
        AddSnapshot(new InMemoryAdditionalText(path, text), className);

    public GeneratorHarness AddSnapshot(AdditionalText file, string? className = null)
    {
        _additionalTexts.Add(file);
        var metadata = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.InnerImagesSnapshot", "true");
        if (className is not null)
        {
            metadata = metadata.Add("build_metadata.AdditionalFiles.InnerImagesClassName", className);
        }

        _fileOptions[file.Path] = metadata;
        return this;
    }

    public GeneratorHarness AddAdditionalFile(string path, string text)
    {
        _additionalTexts.Add(new InMemoryAdditionalText(path, text));
        return this;
    }

    public GeneratorHarness SetProperty(string name, string value)
    {
        _globalOptions["build_property." + name] = value;
        return this;
    }

    public GeneratorHarness AddSource(string source)
    {
        _sources.Add(source);
        return this;
    }

    public CSharpParseOptions ParseOptions => new(LanguageVersion);

    public CSharpCompilation CreateCompilation()
    {
        var trees = _sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, $"/project/Source{index}.cs"));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: LanguageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? Nullable : NullableContextOptions.Disable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            deterministic: true);
        return CSharpCompilation.Create("Consumer", trees, References, options);
    }

    public ImmutableArray<AdditionalText> CreateAdditionalTexts() => [.. _additionalTexts];

    public GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new InnerImagesGenerator().AsSourceGenerator()],
            _additionalTexts,
            ParseOptions,
            CreateOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public TestOptionsProvider CreateOptionsProvider() =>
        new(_globalOptions.ToImmutableDictionary(), _fileOptions.ToImmutableDictionary());

    /// <summary>Runs the generator once and compiles its output with the consumer code.</summary>
    public GeneratorRun Run()
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        return new GeneratorRun(result, output, generatorDiagnostics);
    }

    public static AdditionalText Text(string path, string text, System.Text.Encoding? encoding) =>
        new InMemoryAdditionalText(path, SourceText.From(text, encoding));
}

/// <summary>The outcome of one generator run: what it produced and what the compiler reported.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Compiler errors and warnings of the consumer compilation, generated code included.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public string Source(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.Results.Single().GeneratedSources.Select(source => source.HintName);

    public Diagnostic[] WithId(string id) => Diagnostics.Where(d => d.Id == id).ToArray();

    /// <summary>Loads the compiled consumer assembly and returns one of its types, to call generated code for real.</summary>
    public Type LoadType(string fullName)
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext(name: null, isCollectible: true);
        stream.Position = 0;
        return context.LoadFromStream(stream).GetType(fullName, throwOnError: true)!;
    }
}
