using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ServiceStage.InnerImages.Generator.Model;

/// <summary>
/// A place in a file, kept as plain values. A <see cref="Location"/> would tie the cached
/// model to one compilation, so it is only created when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
