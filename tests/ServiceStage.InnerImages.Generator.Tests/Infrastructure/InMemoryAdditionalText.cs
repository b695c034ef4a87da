using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ServiceStage.InnerImages.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory; a null text stands for a file that could not be read.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText? text) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
    {
    }

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
