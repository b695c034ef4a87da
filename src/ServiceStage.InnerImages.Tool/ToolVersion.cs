using System.Reflection;

namespace ServiceStage.InnerImages.Tool;

/// <summary>The tool's name and version as written into snapshots, such as "innerimages 0.1.0".</summary>
internal static class ToolVersion
{
    public static string Describe()
    {
        var attribute = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
        var version = attribute?.InformationalVersion ?? "0.0.0";

        // The SDK appends "+<commit>" from source control; a snapshot should not change with it.
        var plus = version.IndexOf('+');
        if (plus >= 0)
        {
            version = version.Substring(0, plus);
        }

        return "innerimages " + version;
    }
}
