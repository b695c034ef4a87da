namespace ServiceStage.InnerImages.Analyzers.Tests.Infrastructure;

/// <summary>Image addresses and snapshot texts shared by the analyzer tests.</summary>
internal static class Snapshots
{
    public const string Registry = "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/";

    public const string Java17 = Registry + "openjdk-x86_64:17-1.3.6";
    public const string Java8 = Registry + "openjdk-x86_64:8-1.1.7";
    public const string Java21 = Registry + "openjdk-x86_64:21-1.0.0";
    public const string Node18 = Registry + "node-x86_64:18-1.3.5";
    public const string Node20 = Registry + "node-x86_64:20-1.0.0";
    public const string Python3 = Registry + "python-x86_64:3-int-1.0";

    /// <summary>A snapshot of Java 17, Java 8 and Node 18, with the given <c>fetched_at</c> (none when null).</summary>
    public static string Default(string? fetchedAt = "2026-12-01T08:00:00Z") =>
        With(fetchedAt, ("Java", Java17), ("Java", Java8), ("Nodejs", Node18));

    /// <summary>A snapshot or live catalog with one entry per pair of type and url, in the order given.</summary>
    public static string With(string? fetchedAt, params (string Type, string Url)[] entries)
    {
        var metadata = fetchedAt is null
            ? "  \"snapshot\": { \"format\": 1, \"region\": \"ap-southeast-1\" },\n"
            : $"  \"snapshot\": {{ \"format\": 1, \"region\": \"ap-southeast-1\", \"fetched_at\": \"{fetchedAt}\" }},\n";
        var items = entries.Select(entry => $"    {{ \"type\": \"{entry.Type}\", \"url\": \"{entry.Url}\" }}");
        return "{\n" + metadata + "  \"runtime_stacks\": [\n" + string.Join(",\n", items) + "\n  ]\n}\n";
    }
}
