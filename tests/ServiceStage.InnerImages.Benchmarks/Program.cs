using BenchmarkDotNet.Running;
using ServiceStage.InnerImages.Benchmarks;
using ServiceStage.InnerImages.Benchmarks.Lookups;

// --quick             every ratio in seconds, one line each
// write-lookup-data   rewrites lookup-snapshot.json and the hand-written url switch
// build-overhead      times no-op builds of a consumer with and without the package
// anything else       BenchmarkDotNet's own arguments, such as --filter '*'
if (args.Length > 0 && args[0] == "--quick")
{
    return QuickRun.Run();
}

if (args.Length > 0 && args[0] == "write-lookup-data")
{
    LookupDataWriter.Write(ProjectFolder.Find());
    Console.WriteLine("Wrote Lookups/lookup-snapshot.json and Lookups/HandWrittenUrlSwitch.cs; rebuild before benchmarking.");
    return 0;
}

if (args.Length > 0 && args[0] == "build-overhead")
{
    return BuildOverhead.Run(args[1..]);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ProjectFolder).Assembly).Run(args);
ScalingChart.WriteIfColdRun(summaries, ProjectFolder.Find());
return 0;
