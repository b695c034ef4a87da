using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using ServiceStage.InnerImages.Benchmarks.Generator;

namespace ServiceStage.InnerImages.Benchmarks;

/// <summary>
/// Draws the median times of <see cref="ColdRunBenchmarks"/> against snapshot size as an SVG
/// line chart, both axes logarithmic, so a straight line of slope one means linear growth.
/// </summary>
internal static class ScalingChart
{
    public const string FileName = "generator-scaling.svg";

    private const double Width = 640;
    private const double Height = 400;
    private const double Left = 70;
    private const double Right = 170;
    private const double Top = 40;
    private const double Bottom = 50;

    private static readonly (string Method, string Label, string Color)[] Series =
    [
        (nameof(ColdRunBenchmarks.CompileWithGenerator), "compile with generator", "#d62728"),
        (nameof(ColdRunBenchmarks.PlainCompile), "plain compile", "#1f77b4"),
        (nameof(ColdRunBenchmarks.GeneratorRun), "generator run", "#2ca02c"),
    ];

    /// <summary>Writes the chart into <paramref name="folder"/> when the run included the cold-run benchmarks.</summary>
    public static void WriteIfColdRun(IEnumerable<Summary> summaries, string folder)
    {
        var points = new List<(string Method, int ImageCount, double Milliseconds)>();
        foreach (var report in summaries.SelectMany(summary => summary.Reports))
        {
            var benchmark = report.BenchmarkCase;
            if (benchmark.Descriptor.Type != typeof(ColdRunBenchmarks) || report.ResultStatistics is null)
            {
                continue;
            }

            var imageCount = (int)benchmark.Parameters[nameof(ColdRunBenchmarks.ImageCount)]!;
            points.Add((benchmark.Descriptor.WorkloadMethod.Name, imageCount, report.ResultStatistics.Median / 1e6));
        }

        if (points.Count == 0)
        {
            return;
        }

        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Draw(points));
        Console.WriteLine($"Wrote {path}");
    }

    public static string Draw(IReadOnlyList<(string Method, int ImageCount, double Milliseconds)> points)
    {
        var minX = Math.Floor(Math.Log10(points.Min(point => point.ImageCount)));
        var maxX = Math.Ceiling(Math.Log10(points.Max(point => point.ImageCount)));
        var minY = Math.Floor(Math.Log10(points.Min(point => point.Milliseconds)));
        var maxY = Math.Ceiling(Math.Log10(points.Max(point => point.Milliseconds)));
        double X(double value) => Left + ((Math.Log10(value) - minX) / Math.Max(maxX - minX, 1) * (Width - Left - Right));
        double Y(double value) => Height - Bottom - ((Math.Log10(value) - minY) / Math.Max(maxY - minY, 1) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        svg.Append(Invariant($"<text x=\"{Left}\" y=\"22\" font-size=\"14\">Cold generator run and compile time against snapshot size (median, log-log)</text>\n"));

        for (var power = minX; power <= maxX; power++)
        {
            var x = X(Math.Pow(10, power));
            svg.Append(Invariant($"<line x1=\"{x:F1}\" y1=\"{Top}\" x2=\"{x:F1}\" y2=\"{Height - Bottom}\" stroke=\"#ddd\"/>\n"));
            svg.Append(Invariant($"<text x=\"{x:F1}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{Math.Pow(10, power):N0}</text>\n"));
        }

        for (var power = minY; power <= maxY; power++)
        {
            var y = Y(Math.Pow(10, power));
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\" stroke=\"#ddd\"/>\n"));
            svg.Append(Invariant($"<text x=\"{Left - 8}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{FormatMilliseconds(Math.Pow(10, power))}</text>\n"));
        }

        svg.Append(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">images in the snapshot</text>\n"));

        var legendY = Top + 10;
        foreach (var (method, label, color) in Series)
        {
            var line = points.Where(point => point.Method == method).OrderBy(point => point.ImageCount).ToArray();
            if (line.Length == 0)
            {
                continue;
            }

            var coordinates = string.Join(" ", line.Select(point => Invariant($"{X(point.ImageCount):F1},{Y(point.Milliseconds):F1}")));
            svg.Append(Invariant($"<polyline points=\"{coordinates}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>\n"));
            foreach (var point in line)
            {
                svg.Append(Invariant($"<circle cx=\"{X(point.ImageCount):F1}\" cy=\"{Y(point.Milliseconds):F1}\" r=\"3.5\" fill=\"{color}\"><title>{label}, {point.ImageCount:N0} images: {point.Milliseconds:F1} ms</title></circle>\n"));
            }

            svg.Append(Invariant($"<line x1=\"{Width - Right + 12}\" y1=\"{legendY}\" x2=\"{Width - Right + 32}\" y2=\"{legendY}\" stroke=\"{color}\" stroke-width=\"2\"/>\n"));
            svg.Append(Invariant($"<text x=\"{Width - Right + 38}\" y=\"{legendY + 4}\">{label}</text>\n"));
            legendY += 20;
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string FormatMilliseconds(double milliseconds) =>
        milliseconds >= 1000 ? Invariant($"{milliseconds / 1000:G3} s") : Invariant($"{milliseconds:G3} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
