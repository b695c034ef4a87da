namespace ServiceStage.InnerImages.Generator.Model;

/// <summary>One image of the catalog, with the name of the constant that contains its address.</summary>
/// <param name="StackIndex">Index of the image's stack in <see cref="CatalogModel.Stacks"/>.</param>
internal sealed record ImageModel(
    int StackIndex,
    string Type,
    string Url,
    string ConstantName,
    string Registry,
    string Repository,
    string? Tag,
    string? Digest);
