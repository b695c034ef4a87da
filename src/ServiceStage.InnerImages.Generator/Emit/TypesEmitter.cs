using ServiceStage.InnerImages.Generator.Model;

namespace ServiceStage.InnerImages.Generator.Emit;

/// <summary>
/// Emits the types that every catalog class shares: the <c>StackType</c> enum and the
/// <c>InnerImage</c> and <c>ImageReference</c> classes.
/// </summary>
/// <remarks>
/// The output compiles as C# 7.3 (the default for .NET Framework projects): nullable
/// annotations are written only when the consumer's language version has them.
/// </remarks>
internal static class TypesEmitter
{
    public static string Emit(GenerationModel model)
    {
        var writer = new SourceWriter(4096 + (model.Stacks.Count * 256));
        var access = model.IsPublic ? "public" : "internal";
        var nullable = model.UseNullableAnnotations ? "?" : string.Empty;

        EmitHeader.Write(writer, model.UseNullableAnnotations);
        writer.Open($"namespace {model.Namespace}");

        EmitStackType(writer, model, access);
        writer.Line();
        EmitInnerImage(writer, access, $"global::{model.Namespace}.");
        writer.Line();
        EmitImageReference(writer, access, nullable);

        writer.Close();
        return writer.ToString();
    }

    private static void EmitStackType(SourceWriter writer, GenerationModel model, string access)
    {
        writer.Line("/// <summary>A ServiceStage technology stack, as named by the <c>type</c> of a built-in image.</summary>")
            .Line("/// <remarks>Values start at 1, so <c>default(StackType)</c> is not a stack.</remarks>")
            .Line(EmitHeader.GeneratedCodeAttribute)
            .Open($"{access} enum StackType");

        foreach (var stack in model.Stacks)
        {
            var origin = stack.IsDocumented ? "documented stack type" : "stack type found in the snapshot";
            writer.Line($"/// <summary>The {origin} <c>{CSharpText.XmlDocText(stack.Type)}</c>.</summary>")
                .Line($"{stack.Identifier} = {stack.Value},");
        }

        writer.Close();
    }

    private static void EmitInnerImage(SourceWriter writer, string access, string prefix)
    {
        writer.Line("/// <summary>A built-in image of ServiceStage: its stack and its address.</summary>")
            .Line(EmitHeader.GeneratedCodeAttribute)
            .Open($"{access} sealed class InnerImage")
            .Open($"internal InnerImage({prefix}StackType stack, string type, string url, {prefix}ImageReference reference)")
            .Line("Stack = stack;")
            .Line("Type = type;")
            .Line("Url = url;")
            .Line("Reference = reference;")
            .Close()
            .Line()
            .Line("/// <summary>The stack that the image belongs to.</summary>")
            .Line($"public {prefix}StackType Stack {{ get; }}")
            .Line()
            .Line("/// <summary>The stack type exactly as the snapshot names it, such as <c>Java</c>.</summary>")
            .Line("public string Type { get; }")
            .Line()
            .Line("/// <summary>The image address, such as <c>swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6</c>.</summary>")
            .Line("public string Url { get; }")
            .Line()
            .Line("/// <summary>The image address split into registry, repository, tag and digest.</summary>")
            .Line($"public {prefix}ImageReference Reference {{ get; }}")
            .Line()
            .Line("/// <summary>Returns the image address.</summary>")
            .Line("public override string ToString() => Url;")
            .Close();
    }

    private static void EmitImageReference(SourceWriter writer, string access, string nullable)
    {
        writer.Line("/// <summary>The parts of a container image reference: <c>registry/repository[:tag][@digest]</c>.</summary>")
            .Line(EmitHeader.GeneratedCodeAttribute)
            .Open($"{access} sealed class ImageReference")
            .Open($"internal ImageReference(string registry, string repository, string{nullable} tag, string{nullable} digest)")
            .Line("Registry = registry;")
            .Line("Repository = repository;")
            .Line("Tag = tag;")
            .Line("Digest = digest;")
            .Close()
            .Line()
            .Line("/// <summary>The registry host, with its port when the address has one, such as <c>swr.ap-southeast-1.myhuaweicloud.com</c>.</summary>")
            .Line("public string Registry { get; }")
            .Line()
            .Line("/// <summary>The path below the registry: namespace and image name, such as <c>op_svc_cse/openjdk-x86_64</c>.</summary>")
            .Line("public string Repository { get; }")
            .Line()
            .Line("/// <summary>The tag, such as <c>17-1.3.6</c>, or <see langword=\"null\"/> when the address has none.</summary>")
            .Line($"public string{nullable} Tag {{ get; }}")
            .Line()
            .Line("/// <summary>The digest, such as <c>sha256:…</c>, or <see langword=\"null\"/> when the address has none.</summary>")
            .Line($"public string{nullable} Digest {{ get; }}")
            .Line()
            .Line("/// <summary>Returns the reference in its usual form, <c>registry/repository[:tag][@digest]</c>.</summary>")
            .Open("public override string ToString()")
            .Line("var text = Registry + \"/\" + Repository;")
            .Open("if (Tag != null)")
            .Line("text += \":\" + Tag;")
            .Close()
            .Line()
            .Open("if (Digest != null)")
            .Line("text += \"@\" + Digest;")
            .Close()
            .Line()
            .Line("return text;")
            .Close()
            .Close();
    }
}
