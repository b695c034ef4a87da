using ServiceStage.InnerImages.Generator.Tests.Infrastructure;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>
/// The build files with a real <c>dotnet build</c>: how the snapshot is found, handed to the
/// generator, and picked up again when only the snapshot changes. The consumer imports the
/// repository's props and targets and loads the generator that the tests were built with.
/// </summary>
public sealed class MSBuildWiringTests : IDisposable
{
    private const string Java17 = TestSnapshots.Registry + "openjdk-x86_64:17-1.3.6";

    // A space, a ';' and a '#' in the folder names: every path the build files pass on must
    // survive them, and '#' and ';' start comments in the .editorconfig that reaches the compiler.
    private readonly string _root = Path.Combine(Path.GetTempPath(), "innerimages tests", Guid.NewGuid().ToString("N"), "C# repo;with space");

    public MSBuildWiringTests()
    {
        Directory.CreateDirectory(_root);
    }

    public void Dispose()
    {
        Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);
    }

    [Fact]
    public void SnapshotAboveProject_IsFoundAndCompiled()
    {
        File.WriteAllText(Path.Combine(_root, "snapshot.json"), TestSnapshots.With(("Java", Java17)));
        var project = CreateConsumer("app", "Console.Write(InnerImages.Java.Openjdk_x86_64_17_1_3_6);");

        var build = DotNetCli.Run(project, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());

        var run = DotNetCli.Run(project, "run", "--no-build");
        Assert.Equal(Java17, run.Output.Trim());
    }

    [Fact]
    public void SnapshotEdit_IsPickedUpByNextBuild()
    {
        var snapshot = Path.Combine(_root, "snapshot.json");
        File.WriteAllText(snapshot, TestSnapshots.With(("Java", Java17)));
        var project = CreateConsumer("app", "Console.Write(InnerImages.All[0].Url);");
        Assert.Equal(0, DotNetCli.Run(project, "build", "-nologo").ExitCode);

        var newer = TestSnapshots.Registry + "openjdk-x86_64:21-1.0.0";
        File.WriteAllText(snapshot, TestSnapshots.With(("Java", newer)));
        var rebuild = DotNetCli.Run(project, "build", "-nologo");
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());

        Assert.Equal(newer, DotNetCli.Run(project, "run", "--no-build").Output.Trim());
    }

    [Fact]
    public void ExplicitRelativePath_IsUsed()
    {
        var project = CreateConsumer(
            "app",
            "Console.Write(Images.ForStack(StackType.Nodejs).Count);",
            "<InnerImagesSnapshot>config/images.cn-north-4.json</InnerImagesSnapshot><InnerImagesClassName>Images</InnerImagesClassName>");
        Directory.CreateDirectory(Path.Combine(project, "config"));
        File.WriteAllText(Path.Combine(project, "config", "images.cn-north-4.json"), TestSnapshots.With(("Nodejs", "swr.cn-north-4.myhuaweicloud.com/op_svc_cse/node-x86_64:18-1.3.5")));

        var build = DotNetCli.Run(project, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());

        Assert.Equal("1", DotNetCli.Run(project, "run", "--no-build").Output.Trim());
    }

    [Fact]
    public void MissingSnapshot_WarnsAndBuilds()
    {
        var project = CreateConsumer("app", "Console.Write(InnerImages.All.Count);");

        var build = DotNetCli.Run(project, "build", "-nologo");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning SSI001", build.Output);
        Assert.Contains("No snapshot.json was found in", build.Output);
    }

    [Fact]
    public void NonUtf8Snapshot_FailsWithSsi003()
    {
        var snapshot = Path.Combine(_root, "snapshot.json");
        var latin1 = "{\n  \"runtime_stacks\": [ { \"type\": \"J\u00e4va\", \"url\": \"" + Java17 + "\" } ]\n}\n";
        File.WriteAllBytes(snapshot, System.Text.Encoding.Latin1.GetBytes(latin1));
        var project = CreateConsumer("app", "Console.Write(InnerImages.All.Count);");

        var build = DotNetCli.Run(project, "build", "-nologo");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("snapshot.json(2,35): error SSI003", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
    }

    [Theory]
    [InlineData("InnerImagesNamespace", "Contoso;Deploy")]
    [InlineData("InnerImagesNamespace", "Contoso#Deploy")]
    [InlineData("InnerImagesClassName", "Images#Eu")]
    public void SeparatorInProperty_IsRejectedWholeNotCut(string property, string value)
    {
        File.WriteAllText(Path.Combine(_root, "snapshot.json"), TestSnapshots.With(("Java", Java17)));
        var escaped = value.Replace(";", "%3B");
        var project = CreateConsumer("app", "Console.Write(InnerImages.All.Count);", $"<{property}>{escaped}</{property}>");

        var build = DotNetCli.Run(project, "build", "-nologo");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"error SSI020: {property} '{value}'", build.Output);
    }

    [Fact]
    public void SeparatorInCommandLineProperty_IsRejectedWhole()
    {
        File.WriteAllText(Path.Combine(_root, "snapshot.json"), TestSnapshots.With(("Java", Java17)));
        var project = CreateConsumer("app", "Console.Write(InnerImages.All.Count);");

        var build = DotNetCli.Run(project, "build", "-nologo", "-p:InnerImagesNamespace=Contoso#Deploy");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error SSI020: InnerImagesNamespace 'Contoso#Deploy'", build.Output);
    }

    [Fact]
    public void EmptyCommandLineSnapshot_StillSearches()
    {
        File.WriteAllText(Path.Combine(_root, "snapshot.json"), TestSnapshots.With(("Java", Java17)));
        var project = CreateConsumer("app", "Console.Write(InnerImages.Java.Openjdk_x86_64_17_1_3_6);");

        var build = DotNetCli.Run(project, "build", "-nologo", "-p:InnerImagesSnapshot=");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("SSI001", build.Output);
    }

    [Fact]
    public void SnapshotPathIsFolder_ReportsSsi001Only()
    {
        var project = CreateConsumer("app", "Console.Write(InnerImages.All.Count);", "<InnerImagesSnapshot>config</InnerImagesSnapshot>");
        Directory.CreateDirectory(Path.Combine(project, "config"));

        var build = DotNetCli.Run(project, "build", "-nologo");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning SSI001", build.Output);
        Assert.Contains("does not exist or is not a file", build.Output);
        Assert.DoesNotContain("CS1504", build.Output);
    }

    [Fact]
    public void SnapshotItems_GetTheirOwnClasses()
    {
        File.WriteAllText(Path.Combine(_root, "snapshot.json"), TestSnapshots.With(("Java", Java17)));
        var project = CreateConsumer(
            "app",
            "Console.Write(InnerImages.Java.Openjdk_x86_64_17_1_3_6 + \"|\" + CnNorth4Images.Java.Openjdk_x86_64_17_1_3_6 + \"|\" + CnNorth4Images.All.Count);",
            "</PropertyGroup><ItemGroup><InnerImagesSnapshot Include=\"regions/images.cn-north-4.json\" ClassName=\"CnNorth4Images\" /></ItemGroup><PropertyGroup>");
        Directory.CreateDirectory(Path.Combine(project, "regions"));
        var northImage = "swr.cn-north-4.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6";
        File.WriteAllText(Path.Combine(project, "regions", "images.cn-north-4.json"), TestSnapshots.With(("Java", northImage)));

        var build = DotNetCli.Run(project, "build", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());

        Assert.Equal($"{Java17}|{northImage}|1", DotNetCli.Run(project, "run", "--no-build").Output.Trim());
    }

    [Fact]
    public void MissingSnapshotItem_WarnsWithItsPath()
    {
        File.WriteAllText(Path.Combine(_root, "snapshot.json"), TestSnapshots.With(("Java", Java17)));
        var project = CreateConsumer(
            "app",
            "Console.Write(InnerImages.All.Count);",
            "</PropertyGroup><ItemGroup><InnerImagesSnapshot Include=\"missing.json\" ClassName=\"Other\" /></ItemGroup><PropertyGroup>");

        var build = DotNetCli.Run(project, "build", "-nologo");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning SSI001", build.Output);
        Assert.Contains("missing.json' listed as an InnerImagesSnapshot item does not exist", build.Output);
    }

    private string CreateConsumer(string name, string statement, string properties = "")
    {
        var directory = Path.Combine(_root, name);
        Directory.CreateDirectory(directory);

        var buildFiles = Path.Combine(TestSnapshots.RepositoryRoot, "src", "ServiceStage.InnerImages.Generator", "build");
        var generator = typeof(InnerImagesGenerator).Assembly.Location;
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{buildFiles}/ServiceStage.InnerImages.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}" />
              </ItemGroup>
              <Import Project="{buildFiles}/ServiceStage.InnerImages.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $"using ServiceStage.InnerImages;\n\n{statement}\n");
        return directory;
    }
}
