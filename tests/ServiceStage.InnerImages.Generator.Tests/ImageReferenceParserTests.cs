using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Tests;

/// <summary>The container image reference grammar, case by case.</summary>
public sealed class ImageReferenceParserTests
{
    [Theory]
    [InlineData("swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6", "swr.ap-southeast-1.myhuaweicloud.com", "op_svc_cse/openjdk-x86_64", "17-1.3.6", null)]
    [InlineData("100.125.0.78:20202/op_svc_cse/node-x86_64:8-int-1.0", "100.125.0.78:20202", "op_svc_cse/node-x86_64", "8-int-1.0", null)]
    [InlineData("[::1]/a", "[::1]", "a", null, null)]
    [InlineData("[2001:db8::ff00:42:8329]:443/ns/repo:v", "[2001:db8::ff00:42:8329]:443", "ns/repo", "v", null)]
    [InlineData("localhost/repo", "localhost", "repo", null, null)]
    [InlineData("Example.COM/repo", "Example.COM", "repo", null, null)]
    [InlineData("host:5000/a.b_c__d---e/f", "host:5000", "a.b_c__d---e/f", null, null)]
    [InlineData("r.io/repo@sha256:0123456789abcdef0123456789abcdef", "r.io", "repo", null, "sha256:0123456789abcdef0123456789abcdef")]
    [InlineData("r.io/repo:_tag.With-Caps@sha512+x.y-z_w:0123456789ABCDEF0123456789ABCDEF", "r.io", "repo", "_tag.With-Caps", "sha512+x.y-z_w:0123456789ABCDEF0123456789ABCDEF")]
    public void ValidReference_IsSplit(string text, string registry, string repository, string? tag, string? digest)
    {
        Assert.True(ImageReferenceParser.TryParse(text, out var parts, out var error), error);

        Assert.Equal(new ImageReferenceParts(registry, repository, tag, digest), parts);
    }

    [Theory]
    [InlineData("repo:tag", "no registry host")]
    [InlineData("https://swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk:17", "write it as 'swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk:17'")]
    [InlineData("op_svc_cse/repo:tag", "no registry host")]
    [InlineData("r.io/", "repository '' is invalid")]
    [InlineData("r.io/Repo", "repository 'Repo' is invalid")]
    [InlineData("r.io/a//b", "repository 'a//b' is invalid")]
    [InlineData("r.io/a_", "repository 'a_' is invalid")]
    [InlineData("r.io/a___b", "repository 'a___b' is invalid")]
    [InlineData("r.io/a:", "tag '' is invalid")]
    [InlineData("r.io/a:.x", "tag '.x' is invalid")]
    [InlineData("r.io/a:ta g", "tag 'ta g' is invalid")]
    [InlineData("r.io/a:tä", "tag 'tä' is invalid")]
    [InlineData("r.io/a@sha256:0123", "digest 'sha256:0123'")]
    [InlineData("r.io/a@0123456789abcdef0123456789abcdef", "digest")]
    [InlineData("-r.io/a", "registry host '-r.io'")]
    [InlineData("r..io/a", "registry host 'r..io'")]
    [InlineData("r.io:port/a", "registry host 'r.io:port'")]
    [InlineData("[zz::1]/a", "registry host '[zz::1]'")]
    [InlineData("[1:2:3]/a", "registry host '[1:2:3]'")]
    [InlineData("r.io/a\nb", "repository")]
    public void InvalidReference_NamesInvalidPart(string text, string expected)
    {
        Assert.False(ImageReferenceParser.TryParse(text, out var parts, out var error));

        Assert.Null(parts);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void TagOf128Characters_IsTheLimit()
    {
        Assert.True(ImageReferenceParser.TryParse("r.io/a:" + new string('t', 128), out _, out _));
        Assert.False(ImageReferenceParser.TryParse("r.io/a:" + new string('t', 129), out _, out _));
    }

    [Fact]
    public void NameOver255Characters_IsRejected()
    {
        Assert.False(ImageReferenceParser.TryParse("r.io/" + new string('a', 251), out _, out var error));

        Assert.Contains("more than the 255 allowed", error);
    }

    [Fact]
    public void HugeInput_IsRejectedBeforeMatching()
    {
        Assert.False(ImageReferenceParser.TryParse("r.io/" + new string('a', 1_000_000), out _, out var error));

        Assert.Contains("1000005 characters long", error);
    }
}
