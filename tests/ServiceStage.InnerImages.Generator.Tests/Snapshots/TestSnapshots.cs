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
        var items = entries.Select(entry =>
            $"    {{ \"type\": {System.Text.Json.JsonSerializer.Serialize(entry.Type)}, \"url\": {System.Text.Json.JsonSerializer.Serialize(entry.Url)} }}");
        return "{\n  \"runtime_stacks\": [\n" + string.Join(",\n", items) + "\n  ]\n}\n";
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
