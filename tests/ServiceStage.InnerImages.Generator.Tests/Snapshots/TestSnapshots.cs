namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>Snapshot texts shared by several tests.</summary>
internal static class TestSnapshots
{
    public const string Registry = "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The repository's own snapshot.json, the input of the sample.</summary>
    public static string Root => File.ReadAllText(Path.Combine(RepositoryRoot, "snapshot.json"));

    /// <summary>A snapshot with one entry per pair of type and url, in the order given.</summary>
    public static string With(params (string Type, string Url)[] entries)
    {
        var items = entries.Select(entry => $"    {{ \"type\": {JsonString(entry.Type)}, \"url\": {JsonString(entry.Url)} }}");
        return "{\n  \"runtime_stacks\": [\n" + string.Join(",\n", items) + "\n  ]\n}\n";
    }

    /// <summary>
    /// Writes a JSON string that keeps every UTF-16 code unit, lone surrogates included.
    /// System.Text.Json's writer would replace those with U+FFFD.
    /// </summary>
    public static string JsonString(string value)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var character in value)
        {
            if (character is '"' or '\\')
            {
                builder.Append('\\').Append(character);
            }
            else if (character is >= ' ' and <= '~')
            {
                builder.Append(character);
            }
            else
            {
                builder.Append($"\\u{(int)character:x4}");
            }
        }

        return builder.Append('"').ToString();
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"Generator.sln was not found above '{AppContext.BaseDirectory}'.");
    }
}
