using Microsoft.CodeAnalysis.Text;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>A snapshot or live catalog additional file: its path, its text and its parsed images.</summary>
internal sealed record CatalogFile(string Path, SourceText Text, ImageCatalog Catalog);
