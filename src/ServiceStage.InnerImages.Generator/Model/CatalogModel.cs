namespace ServiceStage.InnerImages.Generator.Model;

/// <summary>Everything needed to emit one catalog class, with every identifier already chosen.</summary>
/// <param name="Stacks">Every stack type of the namespace, in <c>StackType</c> order, shared by all catalogs.</param>
/// <param name="Images">The catalog's images in snapshot order.</param>
internal sealed record CatalogModel(
    string ClassName,
    string SnapshotFileName,
    string? Region,
    string? FetchedAt,
    EquatableArray<StackModel> Stacks,
    EquatableArray<ImageModel> Images);
