using System.Globalization;
using ServiceStage.InnerImages.Generator.Model;

namespace ServiceStage.InnerImages.Generator.Emit;

/// <summary>
/// Emits one catalog class: a nested class of constants per stack type, the list of every image,
/// and the lookups <c>ForStack</c> and <c>TryGetStack</c>.
/// </summary>
/// <remarks>
/// The lists are built once, in the static initializer, and handed out as read-only wrappers,
/// so a lookup allocates nothing and no caller can change the catalog. <c>TryGetStack</c> is a
/// <c>switch</c> on the url, which the compiler turns into a hash lookup.
/// </remarks>
internal static class CatalogEmitter
{
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList";
    private const string ReadOnlyCollectionType = "global::System.Collections.ObjectModel.ReadOnlyCollection";

    public static string Emit(GenerationModel model, CatalogModel catalog)
    {
        var writer = new SourceWriter(8192 + (catalog.Images.Count * 512));
        var prefix = $"global::{model.Namespace}.";
        var access = model.IsPublic ? "public" : "internal";
        var nullable = model.UseNullableAnnotations ? "?" : string.Empty;

        EmitHeader.Write(writer, model.UseNullableAnnotations);
        writer.Open($"namespace {model.Namespace}");

        writer.Line($"/// <summary>{Summary(catalog)}</summary>")
            .Line(EmitHeader.GeneratedCodeAttribute)
            .Open($"{access} static partial class {catalog.ClassName}");

        EmitStackClasses(writer, catalog);
        EmitLists(writer, catalog, prefix);
        EmitForStack(writer, catalog, prefix);
        EmitTryGetStack(writer, catalog, prefix, nullable);

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string Summary(CatalogModel catalog)
    {
        if (catalog.SnapshotFileName.Length == 0)
        {
            return "ServiceStage built-in images. No snapshot was found, so the catalog is empty.";
        }

        var summary = $"ServiceStage built-in images from <c>{CSharpText.XmlDocText(catalog.SnapshotFileName)}</c>";
        if (catalog.Region is { } region)
        {
            summary += $", region <c>{CSharpText.XmlDocText(region)}</c>";
        }

        if (catalog.FetchedAt is { } fetchedAt)
        {
            summary += $", fetched {fetchedAt}";
        }

        return summary + ".";
    }

    private static void EmitStackClasses(SourceWriter writer, CatalogModel catalog)
    {
        for (var stackIndex = 0; stackIndex < catalog.Stacks.Count; stackIndex++)
        {
            var stack = catalog.Stacks[stackIndex];
            if (!stack.IsDocumented && !HasImages(catalog, stackIndex))
            {
                // A type that only another snapshot has gets no class here; ForStack still answers.
                continue;
            }

            writer.Line($"/// <summary>Addresses of the <c>{CSharpText.XmlDocText(stack.Type)}</c> images.</summary>")
                .Open($"public static class {stack.Identifier}");

            var first = true;
            foreach (var image in catalog.Images)
            {
                if (image.StackIndex != stackIndex)
                {
                    continue;
                }

                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Line($"/// <summary><c>{CSharpText.XmlDocText(image.Url)}</c></summary>")
                    .Line($"public const string {image.ConstantName} = {CSharpText.Literal(image.Url)};");
            }

            writer.Close().Line();
        }
    }

    private static void EmitLists(SourceWriter writer, CatalogModel catalog, string prefix)
    {
        writer.Line($"private static readonly {prefix}InnerImage[] s_images = new {prefix}InnerImage[]")
            .Line("{");

        foreach (var image in catalog.Images)
        {
            var stack = catalog.Stacks[image.StackIndex];
            var reference = $"new {prefix}ImageReference({CSharpText.Literal(image.Registry)}, {CSharpText.Literal(image.Repository)}, {CSharpText.LiteralOrNull(image.Tag)}, {CSharpText.LiteralOrNull(image.Digest)})";
            writer.Line($"    new {prefix}InnerImage({prefix}StackType.{stack.Identifier}, {CSharpText.Literal(image.Type)}, {stack.Identifier}.{image.ConstantName}, {reference}),");
        }

        writer.Line("};")
            .Line()
            .Line($"private static readonly {ListType}<{prefix}InnerImage> s_empty = new {ReadOnlyCollectionType}<{prefix}InnerImage>(new {prefix}InnerImage[0]);")
            .Line();

        for (var stackIndex = 0; stackIndex < catalog.Stacks.Count; stackIndex++)
        {
            if (!HasImages(catalog, stackIndex))
            {
                continue;
            }

            writer.Line($"private static readonly {ListType}<{prefix}InnerImage> s_stack{stackIndex.ToString(CultureInfo.InvariantCulture)} = new {ReadOnlyCollectionType}<{prefix}InnerImage>(new {prefix}InnerImage[]")
                .Line("{");
            for (var imageIndex = 0; imageIndex < catalog.Images.Count; imageIndex++)
            {
                if (catalog.Images[imageIndex].StackIndex == stackIndex)
                {
                    writer.Line($"    s_images[{imageIndex.ToString(CultureInfo.InvariantCulture)}],");
                }
            }

            writer.Line("});").Line();
        }

        writer.Line("/// <summary>Every image of the snapshot, in snapshot order.</summary>")
            .Line($"public static {ListType}<{prefix}InnerImage> All {{ get; }} = new {ReadOnlyCollectionType}<{prefix}InnerImage>(s_images);")
            .Line();
    }

    private static void EmitForStack(SourceWriter writer, CatalogModel catalog, string prefix)
    {
        writer.Line("/// <summary>Returns the images of <paramref name=\"stack\"/>, in snapshot order; the list is empty for a stack without images.</summary>")
            .Line("/// <param name=\"stack\">The stack type.</param>")
            .Line("/// <returns>A read-only list that is the same instance on every call.</returns>")
            .Open($"public static {ListType}<{prefix}InnerImage> ForStack({prefix}StackType stack)")
            .Open("switch (stack)");

        for (var stackIndex = 0; stackIndex < catalog.Stacks.Count; stackIndex++)
        {
            if (HasImages(catalog, stackIndex))
            {
                writer.Line($"case {prefix}StackType.{catalog.Stacks[stackIndex].Identifier}:")
                    .Line($"    return s_stack{stackIndex.ToString(CultureInfo.InvariantCulture)};");
            }
        }

        writer.Line("default:")
            .Line("    return s_empty;")
            .Close()
            .Close()
            .Line();
    }

    private static void EmitTryGetStack(SourceWriter writer, CatalogModel catalog, string prefix, string nullable)
    {
        writer.Line("/// <summary>Finds the stack of the image whose address is exactly <paramref name=\"url\"/>.</summary>")
            .Line("/// <param name=\"url\">An image address; compared ordinally, so case and whitespace matter.</param>")
            .Line("/// <param name=\"stack\">The image's stack when found; otherwise <c>default(StackType)</c>.</param>")
            .Line("/// <returns><see langword=\"true\"/> when the snapshot lists the image.</returns>")
            .Open($"public static bool TryGetStack(string{nullable} url, out {prefix}StackType stack)");

        if (catalog.Images.Count > 0)
        {
            writer.Open("switch (url)");
            for (var stackIndex = 0; stackIndex < catalog.Stacks.Count; stackIndex++)
            {
                if (!HasImages(catalog, stackIndex))
                {
                    continue;
                }

                var stack = catalog.Stacks[stackIndex];
                foreach (var image in catalog.Images)
                {
                    if (image.StackIndex == stackIndex)
                    {
                        writer.Line($"case {stack.Identifier}.{image.ConstantName}:");
                    }
                }

                writer.Line($"    stack = {prefix}StackType.{stack.Identifier};")
                    .Line("    return true;");
            }

            writer.Close().Line();
        }

        writer.Line("stack = default;")
            .Line("return false;")
            .Close();
    }

    private static bool HasImages(CatalogModel catalog, int stackIndex)
    {
        foreach (var image in catalog.Images)
        {
            if (image.StackIndex == stackIndex)
            {
                return true;
            }
        }

        return false;
    }
}
