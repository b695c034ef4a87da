namespace ServiceStage.InnerImages.Benchmarks;

/// <summary>Locates this project's source folder, where the results and data files are kept.</summary>
internal static class ProjectFolder
{
    public const string ProjectFileName = "ServiceStage.InnerImages.Benchmarks.csproj";

    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, ProjectFileName)))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"{ProjectFileName} was not found above '{AppContext.BaseDirectory}'; run the benchmarks from their build output.");
    }
}
