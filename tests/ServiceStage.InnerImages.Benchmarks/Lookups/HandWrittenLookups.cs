using System.Collections.ObjectModel;

namespace ServiceStage.InnerImages.Benchmarks.Lookups;

/// <summary>
/// The lookups a developer would write by hand without the generator: a <c>switch</c> on the
/// stack type over lists built once, and a <c>switch</c> on the url in <c>HandWrittenUrlSwitch.cs</c>.
/// </summary>
internal static partial class HandWrittenLookups
{
    private static readonly IReadOnlyList<InnerImage> s_java = ImagesOf(StackType.Java);
    private static readonly IReadOnlyList<InnerImage> s_nodejs = ImagesOf(StackType.Nodejs);
    private static readonly IReadOnlyList<InnerImage> s_tomcat = ImagesOf(StackType.Tomcat);
    private static readonly IReadOnlyList<InnerImage> s_python = ImagesOf(StackType.Python);
    private static readonly IReadOnlyList<InnerImage> s_php = ImagesOf(StackType.Php);
    private static readonly IReadOnlyList<InnerImage> s_empty = new ReadOnlyCollection<InnerImage>([]);

    public static IReadOnlyList<InnerImage> ForStack(StackType stack)
    {
        switch (stack)
        {
            case StackType.Java:
                return s_java;
            case StackType.Nodejs:
                return s_nodejs;
            case StackType.Tomcat:
                return s_tomcat;
            case StackType.Python:
                return s_python;
            case StackType.Php:
                return s_php;
            default:
                return s_empty;
        }
    }

    private static ReadOnlyCollection<InnerImage> ImagesOf(StackType stack) =>
        new(InnerImages.All.Where(image => image.Stack == stack).ToArray());
}
