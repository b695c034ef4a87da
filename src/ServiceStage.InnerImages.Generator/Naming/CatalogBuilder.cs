using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ServiceStage.InnerImages.Generator.Diagnostics;
using ServiceStage.InnerImages.Generator.Model;
using ServiceStage.InnerImages.Generator.Parsing;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Naming;

/// <summary>
/// Chooses every generated name: one class per snapshot, one <c>StackType</c> member and nested
/// class per stack type, and one constant per image.
/// </summary>
/// <remarks>
/// Names must stay put as the snapshot grows. An image's constant comes from its image name and
/// tag, such as <c>Openjdk_x86_64_17_1_3_6</c> for <c>…/openjdk-x86_64:17-1.3.6</c>. When two
/// images map to one name, the one listed first keeps it and each later one gets a suffix
/// computed from its own url. So appending an image never renames an existing constant, and
/// a suffixed name never depends on the other entries. Stack types follow the same rule.
/// NOTE: an image inserted before an existing one that maps to the same name takes the
/// plain name from it. The snapshot tool writes entries sorted by url, so this happens when
/// a refresh adds a colliding image whose url sorts first; SSI009 reports it.
/// </remarks>
internal sealed class CatalogBuilder
{
    // Members that a nested class or a constant must not take the name of: the catalog's own
    // lookups, and the members every class inherits from object (hiding one is warning CS0108).
    private static readonly string[] InheritedMembers = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];
    private static readonly string[] CatalogMembers = ["All", "ForStack", "TryGetStack", .. InheritedMembers];

    private readonly GeneratorOptions _options;
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly List<StackModel> _stacks = [];
    private readonly Dictionary<string, int> _stackIndexByType = new(System.StringComparer.Ordinal);

    private CatalogBuilder(GeneratorOptions options)
    {
        _options = options;
        _diagnostics.AddRange(options.Diagnostics);
    }

    public static GenerationModel Build(ImmutableArray<SnapshotModel> snapshots, GeneratorOptions options, bool useNullableAnnotations)
    {
        var builder = new CatalogBuilder(options);
        var catalogs = builder.BuildCatalogs(snapshots);
        return new GenerationModel(
            options.Namespace,
            options.IsPublic,
            useNullableAnnotations,
            new EquatableArray<StackModel>(builder._stacks),
            new EquatableArray<CatalogModel>(catalogs),
            new EquatableArray<DiagnosticInfo>(builder._diagnostics));
    }

    private List<CatalogModel> BuildCatalogs(ImmutableArray<SnapshotModel> snapshots)
    {
        foreach (var snapshot in snapshots)
        {
            _diagnostics.AddRange(snapshot.Diagnostics);
        }

        var named = AssignClassNames(snapshots);
        AssignStacks(named);

        var catalogs = new List<CatalogModel>(named.Count);
        foreach (var (className, snapshot) in named)
        {
            catalogs.Add(BuildCatalog(className, snapshot));
        }

        return catalogs;
    }

    private List<(string ClassName, SnapshotModel? Snapshot)> AssignClassNames(ImmutableArray<SnapshotModel> snapshots)
    {
        var named = new List<(string, SnapshotModel?)>();
        if (snapshots.IsEmpty)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SnapshotNotFound, null, NotFoundMessage()));
            named.Add((_options.ClassName, null));
            return named;
        }

        var owners = new Dictionary<string, SnapshotModel>(System.StringComparer.Ordinal);
        foreach (var snapshot in snapshots)
        {
            var className = snapshot.ClassName.Trim();
            if (className.Length == 0)
            {
                className = _options.ClassName;
            }
            else if (Settings.ValidateClassName(className) is { } problem)
            {
                Report(DiagnosticDescriptors.InvalidSetting, null, $"The ClassName metadata '{className}' of snapshot '{snapshot.FilePath}' is invalid: {problem}. The snapshot is skipped.");
                continue;
            }

            if (owners.TryGetValue(className, out var owner))
            {
                Report(DiagnosticDescriptors.InvalidSetting, null, $"The snapshots '{owner.FilePath}' and '{snapshot.FilePath}' would both generate the class '{className}'; give the second one its own ClassName metadata. '{snapshot.FileName}' is skipped.");
                continue;
            }

            owners.Add(className, snapshot);
            named.Add((className, snapshot));
        }

        return named;
    }

    private string NotFoundMessage()
    {
        if (_options.SnapshotPath.Length > 0)
        {
            return $"The snapshot '{_options.SnapshotPath}' set by InnerImagesSnapshot does not exist or is not a file; create it with 'innerimages snapshot --output \"{_options.SnapshotPath}\"' or correct the path. The catalog is generated empty.";
        }

        var folder = _options.ProjectDirectory.Length > 0 ? $" in '{_options.ProjectDirectory}' or any folder above it" : string.Empty;
        return $"No snapshot.json was found{folder}; add one (for example with 'innerimages snapshot --output snapshot.json') or set the InnerImagesSnapshot property to its path. The catalog is generated empty.";
    }

    private void AssignStacks(List<(string ClassName, SnapshotModel? Snapshot)> named)
    {
        var taken = new HashSet<string>(CatalogMembers, System.StringComparer.Ordinal);
        foreach (var (className, _) in named)
        {
            taken.Add(className);
        }

        foreach (var type in SnapshotFormat.DocumentedStackTypes)
        {
            AddStack(type, isDocumented: true, taken, location: null);
        }

        foreach (var (_, snapshot) in named)
        {
            if (snapshot is null)
            {
                continue;
            }

            for (var i = 0; i < snapshot.Entries.Count; i++)
            {
                var type = snapshot.Entries[i].Type;
                if (!_stackIndexByType.ContainsKey(type))
                {
                    AddStack(type, isDocumented: false, taken, snapshot.EntryLocations[i]);
                }
            }
        }
    }

    private void AddStack(string type, bool isDocumented, HashSet<string> taken, LocationInfo? location)
    {
        var identifier = Identifiers.FromText(type, "Stack");
        if (taken.Contains(identifier))
        {
            var unique = MakeUnique(identifier, type, taken);
            Report(DiagnosticDescriptors.NameCollision, location, $"The stack type '{type}' maps to the identifier '{identifier}', which is already taken; it is generated as '{unique}'.");
            identifier = unique;
        }

        taken.Add(identifier);
        _stackIndexByType.Add(type, _stacks.Count);

        // Values start at 1 so that default(StackType) is never a real stack.
        _stacks.Add(new StackModel(type, identifier, _stacks.Count + 1, isDocumented));
    }

    private CatalogModel BuildCatalog(string className, SnapshotModel? snapshot)
    {
        var images = new List<ImageModel>();
        var takenByStack = new Dictionary<int, HashSet<string>>();

        var entries = snapshot?.Entries ?? EquatableArray<SnapshotEntry>.Empty;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var stackIndex = _stackIndexByType[entry.Type];
            if (!takenByStack.TryGetValue(stackIndex, out var taken))
            {
                // A member may not have the name of the class that contains it.
                taken = new HashSet<string>(InheritedMembers, System.StringComparer.Ordinal) { _stacks[stackIndex].Identifier };
                takenByStack.Add(stackIndex, taken);
            }

            var name = ConstantBaseName(entry.Reference);
            if (taken.Contains(name))
            {
                var unique = MakeUnique(name, entry.Url, taken);
                Report(DiagnosticDescriptors.NameCollision, snapshot!.EntryLocations[i], $"The {entry.Type} image '{entry.Url}' maps to the constant name '{name}', which an earlier image already has; it is generated as '{unique}'.");
                name = unique;
            }

            taken.Add(name);
            var reference = entry.Reference;
            images.Add(new ImageModel(stackIndex, entry.Type, entry.Url, name, reference.Registry, reference.Repository, reference.Tag, reference.Digest));
        }

        var metadata = snapshot?.Metadata;
        return new CatalogModel(
            className,
            snapshot?.FileName ?? string.Empty,
            metadata?.Region,
            metadata?.FetchedAt?.ToString(SnapshotFormat.FetchedAtFormat, CultureInfo.InvariantCulture),
            new EquatableArray<StackModel>(_stacks),
            new EquatableArray<ImageModel>(images));
    }

    // The image name and tag, or the digest's algorithm and first 12 hex digits when the
    // address has no tag: 'openjdk-x86_64:17-1.3.6' becomes 'Openjdk_x86_64_17_1_3_6'.
    private static string ConstantBaseName(ImageReferenceParts reference)
    {
        var text = reference.Name;
        if (reference.Tag is { } tag)
        {
            text += "_" + tag;
        }
        else if (reference.Digest is { } digest)
        {
            var colon = digest.IndexOf(':');
            text += "_" + digest.Substring(0, colon) + "_" + digest.Substring(colon + 1, 12);
        }

        return Identifiers.FromText(text, "Image");
    }

    private static string MakeUnique(string identifier, string source, HashSet<string> taken)
    {
        var candidate = identifier + "_" + Identifiers.StableSuffix(source, wide: false);
        if (!taken.Contains(candidate))
        {
            return candidate;
        }

        candidate = identifier + "_" + Identifiers.StableSuffix(source, wide: true);
        for (var counter = 2; taken.Contains(candidate); counter++)
        {
            candidate = identifier + "_" + Identifiers.StableSuffix(source, wide: true) + "_" + counter.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, string message) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, message));
}
