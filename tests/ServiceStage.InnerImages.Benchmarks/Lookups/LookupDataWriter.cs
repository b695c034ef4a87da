using System.Text;
using ServiceStage.InnerImages.Benchmarks.Catalogs;

namespace ServiceStage.InnerImages.Benchmarks.Lookups;

/// <summary>
/// Writes <c>lookup-snapshot.json</c> and the hand-written url <c>switch</c> over the same images,
/// so the two cannot drift apart. Run with <c>write-lookup-data</c>, then rebuild.
/// </summary>
internal static class LookupDataWriter
{
    public static void Write(string projectDirectory)
    {
        var folder = Path.Combine(projectDirectory, "Lookups");
        File.WriteAllText(Path.Combine(folder, "lookup-snapshot.json"), SnapshotFactory.Create(LookupData.ImageCount));

        var source = new StringBuilder();
        source.Append("namespace ServiceStage.InnerImages.Benchmarks.Lookups;\n\n")
            .Append("// The switch on the url that a developer would write by hand, over the images of\n")
            .Append("// lookup-snapshot.json. Written by 'dotnet run -c Release -- write-lookup-data'.\n")
            .Append("internal static partial class HandWrittenLookups\n{\n")
            .Append("    public static bool TryGetStack(string? url, out StackType stack)\n    {\n")
            .Append("        switch (url)\n        {\n");

        foreach (var stack in new[] { "Nodejs", "Java", "Tomcat", "Python", "Php" })
        {
            for (var i = 0; i < LookupData.ImageCount; i++)
            {
                var (type, url) = SnapshotFactory.Image(i);
                if (type == stack)
                {
                    source.Append("            case \"").Append(url).Append("\":\n");
                }
            }

            source.Append("                stack = StackType.").Append(stack).Append(";\n")
                .Append("                return true;\n");
        }

        source.Append("            default:\n")
            .Append("                stack = default;\n")
            .Append("                return false;\n")
            .Append("        }\n    }\n}\n");
        File.WriteAllText(Path.Combine(folder, "HandWrittenUrlSwitch.cs"), source.ToString());
    }
}
