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
/// <c>switch</c> on the url, which the compiler turns into a hash lookup, for catalogs of up to
/// <see cref="MaxSwitchImages"/> images, and a lookup in a dictionary built once above that.
/// </remarks>
internal static class CatalogEmitter
{
    /// <summary>
    /// The maximum number of images that <c>TryGetStack</c> handles with a <c>switch</c>. The C# compiler's
    /// time for a string <c>switch</c> grows faster than linearly with its cases: measured with
    /// Roslyn 4.14 on a 2-core AMD EPYC, it was about 4 s of a 6 s compile at 1,000 cases and
    /// over 90 s at 10,000. A larger catalog would slow every build and IDE compile of the consumer.
    /// </summary>
    internal const int MaxSwitchImages = 128;

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
                // A type that only another snapshot has gets no class here, but ForStack still returns its empty list.
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
        // ForStack indexes an array by the StackType value instead of switching on it, because the
        // method is then small enough for the JIT to inline, and a lookup is one bounds check and
        // one load with no indirect jump. StackType values run from 1 to the number of stacks, so
        // index 0 is the empty list.
        writer.Line($"private static readonly {ListType}<{prefix}InnerImage>[] s_byStack = new {ListType}<{prefix}InnerImage>[]")
            .Line("{")
            .Line("    s_empty,");
        for (var stackIndex = 0; stackIndex < catalog.Stacks.Count; stackIndex++)
        {
            var list = HasImages(catalog, stackIndex) ? $"s_stack{stackIndex.ToString(CultureInfo.InvariantCulture)}" : "s_empty";
            writer.Line($"    {list}, // {catalog.Stacks[stackIndex].Identifier} = {catalog.Stacks[stackIndex].Value.ToString(CultureInfo.InvariantCulture)}");
        }

        writer.Line("};")
            .Line();

        writer.Line("/// <summary>Returns the images of <paramref name=\"stack\"/>, in snapshot order; the list is empty for a stack without images.</summary>")
            .Line("/// <param name=\"stack\">The stack type.</param>")
            .Line("/// <returns>A read-only list that is the same instance on every call.</returns>")
            .Open($"public static {ListType}<{prefix}InnerImage> ForStack({prefix}StackType stack)")
            .Line("var index = (int)stack;")
            .Line("return (uint)index < (uint)s_byStack.Length ? s_byStack[index] : s_empty;")
            .Close()
            .Line();
    }

    private static void EmitTryGetStack(SourceWriter writer, CatalogModel catalog, string prefix, string nullable)
    {
        var useDictionary = catalog.Images.Count > MaxSwitchImages;
        if (useDictionary)
        {
            // Declared after s_images, so the static initializer has filled it when this runs.
            writer.Line($"private static readonly global::System.Collections.Generic.Dictionary<string, {prefix}StackType> s_stackByUrl = CreateStackByUrl();")
                .Line();
        }

        writer.Line("/// <summary>Finds the stack of the image whose address is exactly <paramref name=\"url\"/>.</summary>")
            .Line("/// <param name=\"url\">An image address; compared ordinally, so case and whitespace matter.</param>")
            .Line("/// <param name=\"stack\">The image's stack when found; otherwise <c>default(StackType)</c>.</param>")
            .Line("/// <returns><see langword=\"true\"/> when the snapshot lists the image.</returns>")
            .Open($"public static bool TryGetStack(string{nullable} url, out {prefix}StackType stack)");

        if (useDictionary)
        {
            writer.Open("if (url != null && s_stackByUrl.TryGetValue(url, out stack))")
                .Line("return true;")
                .Close()
                .Line();
        }
        else if (catalog.Images.Count > 0)
        {
            EmitUrlSwitch(writer, catalog, prefix);
        }

        writer.Line("stack = default;")
            .Line("return false;")
            .Close();

        if (useDictionary)
        {
            EmitCreateStackByUrl(writer, catalog, prefix);
        }
    }

    private static void EmitUrlSwitch(SourceWriter writer, CatalogModel catalog, string prefix)
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

    private static void EmitCreateStackByUrl(SourceWriter writer, CatalogModel catalog, string prefix)
    {
        var dictionaryType = $"global::System.Collections.Generic.Dictionary<string, {prefix}StackType>";
        writer.Line()
            .Open($"private static {dictionaryType} CreateStackByUrl()")
            .Line($"var stackByUrl = new {dictionaryType}({catalog.Images.Count.ToString(CultureInfo.InvariantCulture)}, global::System.StringComparer.Ordinal);")
            .Open("foreach (var image in s_images)")
            .Line("stackByUrl.Add(image.Url, image.Stack);")
            .Close()
            .Line()
            .Line("return stackByUrl;")
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
