using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using ServiceStage.InnerImages.Client.Authentication;
using ServiceStage.InnerImages.Client.Http;
using ServiceStage.InnerImages.Client.Signing;

namespace ServiceStage.InnerImages.Tool.Tests.Signing;

public sealed class SdkHmacSha256SignerTests
{
    private const string VectorPath = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
    private const string VectorQuery = "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0";
    private const string VectorHost = "service.region.example.com";
    private const string VectorDate = "20191115T033655Z";

    [Fact]
    public void Vector1_ContentTypeHostAndDate()
    {
        var headers = Headers(("content-type", "application/json"), ("host", VectorHost), ("x-sdk-date", VectorDate));

        var canonical = SdkHmacSha256Signer.BuildCanonicalRequest("GET", VectorPath, VectorQuery, headers, ReadOnlySpan<byte>.Empty);
        var signature = SdkHmacSha256Signer.ComputeSignature(
            SdkHmacSha256Signer.BuildStringToSign(VectorDate, canonical),
            "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");

        Assert.Equal("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a", SdkHmacSha256Signer.HexSha256(Encoding.UTF8.GetBytes(canonical)));
        Assert.Equal("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe", signature);
    }

    [Fact]
    public void Vector2_HostAndDateOnly()
    {
        var authorization = SdkHmacSha256Signer.Sign(
            "GET", VectorPath, VectorQuery, Headers(("host", VectorHost), ("x-sdk-date", VectorDate)), ReadOnlySpan<byte>.Empty, "AccessKey", "SecretKey");

        Assert.Equal(
            "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d",
            authorization);
    }

    [Fact]
    public void Vector3_PostWithBody()
    {
        var authorization = SdkHmacSha256Signer.Sign(
            "POST",
            "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123",
            string.Empty,
            Headers(("host", VectorHost), ("x-sdk-date", VectorDate)),
            Encoding.UTF8.GetBytes("{\"key\":\"value\"}"),
            "AccessKey",
            "SecretKey");

        Assert.EndsWith("Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771", authorization);
    }

    [Fact]
    public void Vector4_DateOnlyWithQuery()
    {
        var authorization = SdkHmacSha256Signer.Sign(
            "GET", "/path", "?limit=1", Headers(("x-sdk-date", "20060102T150405Z")), ReadOnlySpan<byte>.Empty, "AccessKey", "SecretKey");

        Assert.EndsWith("SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624", authorization);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("?", "")]
    [InlineData("?b=2&a=1", "a=1&b=2")]
    [InlineData("?a=2&a=1&a=10", "a=1&a=10&a=2")]
    [InlineData("?flag&x=", "flag=&x=")]
    [InlineData("?name=a b&k%20ey=%7e~", "k%20ey=~~&name=a%20b")]
    [InlineData("?q=%C3%BC*+", "q=%C3%BC%2A%2B")]
    public void CanonicalQuery_SortsAndEncodes(string query, string expected)
    {
        Assert.Equal(expected, SdkHmacSha256Signer.BuildCanonicalQuery(query));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("/v3/abc/cas/innerimages", "/v3/abc/cas/innerimages/")]
    [InlineData("/v3/abc/cas/innerimages/", "/v3/abc/cas/innerimages/")]
    [InlineData("/v3/team a+b/x", "/v3/team%20a%2Bb/x/")]
    [InlineData("/v3/team%20a%2Bb/x", "/v3/team%20a%2Bb/x/")]
    [InlineData("/v3/ü~-_./x", "/v3/%C3%BC~-_./x/")]
    [InlineData("/v3/a%2Fb/x", "/v3/a%2Fb/x/")]
    public void CanonicalUri_EncodesEachSegment(string path, string expected)
    {
        Assert.Equal(expected, SdkHmacSha256Signer.BuildCanonicalUri(path));
    }

    [Fact]
    public void HeaderValues_AreTrimmed()
    {
        var padded = SdkHmacSha256Signer.Sign(
            "GET", VectorPath, VectorQuery, Headers(("Host", "  " + VectorHost + " "), ("X-Sdk-Date", VectorDate)), ReadOnlySpan<byte>.Empty, "AccessKey", "SecretKey");

        Assert.EndsWith("Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d", padded);
    }

    [Fact]
    public void DuplicateHeader_IsRejected()
    {
        var headers = Headers(("Host", VectorHost), ("host", VectorHost), ("x-sdk-date", VectorDate));

        Assert.Throws<ArgumentException>(() =>
            SdkHmacSha256Signer.BuildCanonicalRequest("GET", "/", string.Empty, headers, ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void FormatDate_IsGregorianUnderThaiCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            var date = SdkHmacSha256Signer.FormatDate(new DateTimeOffset(2019, 11, 15, 10, 36, 55, TimeSpan.FromHours(7)));

            Assert.Equal(VectorDate, date);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void AccessKeyAuthenticator_SignsTheSentPath()
    {
        var endpoint = new Uri("https://servicestage.ap-southeast-1.myhuaweicloud.com/");
        var uri = ServiceEndpoint.BuildInnerImagesUri(endpoint, "team a+b");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Host = uri.Host;
        var authenticator = new AccessKeyAuthenticator("AccessKey", "SecretKey", "temporary-token");

        authenticator.Authenticate(request, "team a+b", new DateTimeOffset(2019, 11, 15, 3, 36, 55, TimeSpan.Zero));

        var authorization = request.Headers.GetValues("Authorization").Single();
        var headers = Headers(
            ("host", uri.Host),
            ("x-sdk-date", VectorDate),
            ("x-project-id", "team a+b"),
            ("x-security-token", "temporary-token"));
        var canonical = SdkHmacSha256Signer.BuildCanonicalRequest("GET", "/v3/team%20a%2Bb/cas/innerimages", string.Empty, headers, ReadOnlySpan<byte>.Empty);
        var expected = SdkHmacSha256Signer.ComputeSignature(SdkHmacSha256Signer.BuildStringToSign(VectorDate, canonical), "SecretKey");
        Assert.Equal("/v3/team%20a%2Bb/cas/innerimages", uri.AbsolutePath);
        Assert.Equal(
            $"SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-project-id;x-sdk-date;x-security-token, Signature={expected}",
            authorization);
        Assert.Equal("temporary-token", request.Headers.GetValues("X-Security-Token").Single());
    }

    [Theory]
    [InlineData("https://servicestage.example.com", "https://servicestage.example.com/v3/p/cas/innerimages")]
    [InlineData("https://servicestage.example.com/", "https://servicestage.example.com/v3/p/cas/innerimages")]
    [InlineData("https://gateway.example.com/servicestage", "https://gateway.example.com/servicestage/v3/p/cas/innerimages")]
    [InlineData("https://gateway.example.com/servicestage/", "https://gateway.example.com/servicestage/v3/p/cas/innerimages")]
    public void InnerImagesUri_IgnoresTrailingSlash(string endpoint, string expected)
    {
        Assert.Equal(expected, ServiceEndpoint.BuildInnerImagesUri(new Uri(endpoint), "p").ToString());
    }

    [Fact]
    public void Authenticators_ToStringHidesSecrets()
    {
        var accessKey = new AccessKeyAuthenticator("AccessKey", "SecretKey", "SecurityToken");
        var token = new TokenAuthenticator("TokenValue");

        Assert.DoesNotContain("SecretKey", accessKey.ToString());
        Assert.DoesNotContain("SecurityToken", accessKey.ToString());
        Assert.DoesNotContain("TokenValue", token.ToString());
    }

    private static List<KeyValuePair<string, string>> Headers(params (string Name, string Value)[] headers) =>
        headers.Select(header => new KeyValuePair<string, string>(header.Name, header.Value)).ToList();
}
