using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using ServiceStage.InnerImages.Tool.Tests.Fakes;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

/// <summary>
/// Each fault gives its documented exit code, a message that names the cause, and leaves the
/// existing snapshot byte for byte as it was.
/// </summary>
public sealed class FaultTests
{
    private const string SeedSnapshot =
        """
        {
          "runtime_stacks": [
            {"type": "Java", "url": "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:17-1.3.6"}
          ]
        }

        """;

    [Theory]
    [InlineData(400, "SVCSTG.00100400", "parameter invalid", "Check the project id")]
    [InlineData(403, "SVCSTG.00100403", "Forbidden", "servicestage:app:list")]
    [InlineData(404, "SVCSTG.00100404", "project not found", "the project must belong to the region")]
    [InlineData(409, "SVCSTG.00100409", "conflict", "409")]
    public async Task ClientErrorStatus_ExitsThreeWithoutRetry(int status, string errorCode, string errorMessage, string hint)
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteErrorAsync(context, status, errorCode, errorMessage);

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Equal(1, harness.Server.RequestCount);
        Assert.Contains($"returned {status}", result.Error);
        Assert.Contains(errorCode, result.Error);
        Assert.Contains(errorMessage, result.Error);
        Assert.Contains("X-Request-Id req-0001", result.Error);
        Assert.Contains(hint, result.Error);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerErrorStatus_RetriesThenExitsThree(int status)
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteErrorAsync(context, status, "SVCSTG.00100500", "internal error");

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Equal(4, harness.Server.RequestCount);
        Assert.Contains("retrying", result.Error);
        Assert.Contains("X-Request-Id req-0004", result.Error);
        Assert.Contains("try again later", result.Error);
    }

    [Fact]
    public async Task TimeoutDuringRetries_ReportsLastStatus()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.ConfigureClient = options => options with { RetryDelay = TimeSpan.FromSeconds(5) };
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteErrorAsync(context, 503, "SVCSTG.00100503", "busy");

        var result = await harness.RunSnapshotAsync("--timeout", "1");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Equal(1, harness.Server.RequestCount);
        Assert.Contains("503", result.Error);
        Assert.Contains("SVCSTG.00100503", result.Error);
        Assert.Contains("timeout ran out", result.Error);
    }

    [Fact]
    public async Task ErrorBody_FallsBackToCodeAndMessage()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteJsonAsync(context, """{"code": "APIGW.0101", "message": "The API does not exist"}""", 404);

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("APIGW.0101 The API does not exist", result.Error);
    }

    [Fact]
    public async Task TransientFailure_RecoversOnRetry()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = (context, number) => number <= 2
            ? FakeServiceStage.WriteErrorAsync(context, 503, "SVCSTG.00100503", "busy")
            : FakeServiceStage.WriteCatalogAsync(context, FakeServiceStage.SampleCatalog);

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, harness.Server.RequestCount);
        Assert.Contains("Attempt 1 of 4 got 503", result.Error);
        Assert.Contains("Attempt 2 of 4 got 503", result.Error);
    }

    [Fact]
    public async Task TooManyRequests_HonoursRetryAfter()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = async (context, number) =>
        {
            if (number == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                await FakeServiceStage.WriteErrorAsync(context, 429, "APIGW.0308", "The throttling threshold has been reached.");
                return;
            }

            await FakeServiceStage.WriteCatalogAsync(context, FakeServiceStage.SampleCatalog);
        };
        var stopwatch = Stopwatch.StartNew();

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(0.9), $"The retry came after {stopwatch.Elapsed}, before Retry-After.");
        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Contains("got 429", result.Error);
        Assert.Contains("retrying in 1000 ms", result.Error);
    }

    [Fact]
    public async Task TooManyRequests_ExhaustedExitsThree()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.ConfigureClient = options => options with { MaxRetryAttempts = 1, RetryDelay = TimeSpan.FromMilliseconds(10) };
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = (context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";
            return FakeServiceStage.WriteErrorAsync(context, 429, "APIGW.0308", "The throttling threshold has been reached.");
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Contains("limiting the request rate", result.Error);
    }

    [Fact]
    public async Task SlowServer_TimesOutWithExitFour()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
            await FakeServiceStage.WriteCatalogAsync(context, FakeServiceStage.SampleCatalog);
        };
        var stopwatch = Stopwatch.StartNew();

        var result = await harness.RunSnapshotAsync("--timeout", "1");

        Assert.Equal(4, result.ExitCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"The run took {stopwatch.Elapsed}.");
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("timed out after 1.", result.Error);
        Assert.Contains(harness.Server.EndpointText, result.Error);
    }

    [Fact]
    public async Task SlowAttempt_IsRetried()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.ConfigureClient = options => options with { AttemptTimeout = TimeSpan.FromMilliseconds(300), RetryDelay = TimeSpan.FromMilliseconds(10) };
        harness.Server.Respond = async (context, number) =>
        {
            if (number == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
            }

            await FakeServiceStage.WriteCatalogAsync(context, FakeServiceStage.SampleCatalog);
        };

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("timed out after 0.3 s; retrying", result.Error);
    }

    [Fact]
    public async Task RefusedConnection_ExitsFour()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        var port = ReserveClosedPort();
        var args = new[] { "snapshot", "--region", ToolHarness.Region, "--project-id", "p", "--endpoint", $"http://127.0.0.1:{port}", "--output", harness.OutputPath };

        var result = await harness.RunAsync(args, ToolHarness.AccessKeyEnvironment());

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains($"http://127.0.0.1:{port}", result.Error);
        Assert.Contains("failed after", result.Error);
        Assert.Contains("retrying", result.Error);
    }

    [Fact]
    public async Task HtmlPage_ExitsThree()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = (context, _) =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<!DOCTYPE html>\n<html><head><title>Proxy login</title></head><body>Sign in</body></html>");
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("returned 200", result.Error);
        Assert.Contains("HTML page (Content-Type text/html)", result.Error);
        Assert.Contains("'<!DOCTYPE html> <html><head><title>Proxy login", result.Error);
    }

    [Fact]
    public async Task HtmlErrorPage_ShowsStatusAndPreview()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.ConfigureClient = options => options with { MaxRetryAttempts = 0 };
        harness.Server.Respond = (context, _) =>
        {
            context.Response.StatusCode = 502;
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>");
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("returned 502", result.Error);
        Assert.Contains("<h1>502 Bad Gateway</h1>", result.Error);
    }

    [Fact]
    public async Task PlainTextBody_ExitsThree()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = (context, _) =>
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("OK");
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Content-Type is text/plain, not application/json: 'OK'", result.Error);
    }

    [Fact]
    public async Task TruncatedJson_ExitsThree()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteJsonAsync(
            context,
            """{"runtime_stacks": [{"type": "Java", "url": "swr.ap-southeast-1.myhuaweicloud.com/op_svc""");

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("not valid JSON", result.Error);
        Assert.Contains("may be truncated", result.Error);
    }

    [Fact]
    public async Task CutConnection_ExitsFour()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 1000;
            await context.Response.WriteAsync("""{"runtime_stacks": [""");
            await context.Response.Body.FlushAsync();
            context.Abort();
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Equal(4, harness.Server.RequestCount);
    }

    [Fact]
    public async Task OversizedBody_DeclaredLength_ExitsThree()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = (context, _) =>
        {
            var body = Encoding.UTF8.GetBytes("{\"runtime_stacks\": [], \"padding\": \"" + new string('x', 5 * 1024 * 1024) + "\"}");
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("over the 4194304-byte limit", result.Error);
    }

    [Fact]
    public async Task OversizedBody_Chunked_ExitsThree()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            var chunk = Encoding.UTF8.GetBytes(new string(' ', 64 * 1024));
            for (var i = 0; i < 80; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("is longer than 4194304 bytes", result.Error);
    }

    [Theory]
    [InlineData("[]", "not an object")]
    [InlineData("{}", "no 'runtime_stacks' array")]
    [InlineData("""{"runtime_stacks": null}""", "'runtime_stacks' is null")]
    [InlineData("""{"runtime_stacks": {"type": "Java"}}""", "'runtime_stacks' is an object, not an array")]
    [InlineData("""{"runtime_stacks": ["Java"]}""", "runtime_stacks[0] is a string")]
    [InlineData("""{"runtime_stacks": [{"type": "Java"}]}""", "runtime_stacks[0] has no 'url'")]
    [InlineData("""{"runtime_stacks": [{"url": "swr.example.com/a/b:1"}]}""", "runtime_stacks[0] has no 'type'")]
    [InlineData("""{"runtime_stacks": [{"type": "Java", "url": 17}]}""", "runtime_stacks[0].url is a number, not a string")]
    [InlineData("""{"runtime_stacks": [{"type": null, "url": "swr.example.com/a/b:1"}]}""", "runtime_stacks[0].type is null")]
    [InlineData("""{"runtime_stacks": [{"type": "Java", "url": " "}]}""", "runtime_stacks[0].url is empty")]
    public async Task WrongShape_ExitsThree(string body, string expected)
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = (context, _) => FakeServiceStage.WriteJsonAsync(context, body);

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public async Task EmptyCatalog_OverNonEmptySnapshot_ExitsThree()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Catalog.Clear();

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("empty catalog", result.Error);
        Assert.Contains("--allow-empty", result.Error);
    }

    [Fact]
    public async Task EmptyCatalog_WithAllowEmpty_WritesEmptySnapshot()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.SeedOutput(SeedSnapshot);
        harness.Server.Catalog.Clear();

        var result = await harness.RunSnapshotAsync("--allow-empty");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"runtime_stacks\": []", harness.ReadOutputText());
        Assert.Contains("1 removed", result.Output);
    }

    [Fact]
    public async Task EmptyCatalog_WithoutExistingFile_IsWritten()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Catalog.Clear();

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"runtime_stacks\": []", harness.ReadOutputText());
        Assert.Contains("empty catalog", result.Error);
    }

    [Fact]
    public async Task RedirectToAnotherHost_IsRejected()
    {
        await using var harness = await ToolHarness.StartAsync();
        await using var other = await FakeServiceStage.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        var target = other.EndpointText + "/v3/" + harness.Server.ProjectId + "/cas/innerimages";
        harness.Server.Respond = (context, _) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Equal(0, other.RequestCount);
        Assert.Contains($"redirect to {target}", result.Error);
        Assert.Contains("no credentials were sent there", result.Error);
    }

    [Fact]
    public async Task SameOriginRedirect_IsFollowed()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = (context, number) =>
        {
            if (number == 1)
            {
                context.Response.StatusCode = 307;
                context.Response.Headers.Location = "/moved/cas/innerimages";
                return Task.CompletedTask;
            }

            return FakeServiceStage.WriteCatalogAsync(context, FakeServiceStage.SampleCatalog);
        };

        var result = await harness.RunSnapshotAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { $"/v3/{harness.Server.ProjectId}/cas/innerimages", "/moved/cas/innerimages" }, harness.Server.Requests.Select(request => request.RawTarget));
    }

    [Fact]
    public async Task RedirectLoop_IsRejected()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Respond = (context, _) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "/again";
            return Task.CompletedTask;
        };

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("more than 3 times", result.Error);
        Assert.Equal(4, harness.Server.RequestCount);
    }

    [Fact]
    public async Task ClockSkew_IsNamedInMessage()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.TimeProvider = FixedTimeProvider.Offset(TimeSpan.FromHours(-2));
        var before = harness.SeedOutput(SeedSnapshot);

        var result = await harness.RunSnapshotAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("returned 401", result.Error);
        Assert.Contains("APIGW.0301", result.Error);
        Assert.Contains("clock is 2 hours behind the server's", result.Error);
    }

    [Fact]
    public async Task ExpiredToken_IsNamedInMessage()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.Token = "another-token";
        harness.Server.TokenRejectionMessage = "The token has expired.";

        var result = await harness.RunAsync(harness.SnapshotArgs(), ToolHarness.TokenEnvironment());

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("The token has expired: IAM tokens are valid for 24 hours", result.Error);
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public async Task WrongSecretKey_PointsAtCredentials()
    {
        await using var harness = await ToolHarness.StartAsync();
        var environment = ToolHarness.AccessKeyEnvironment();
        environment["HUAWEICLOUD_SDK_SK"] = "not-the-secret-key";

        var result = await harness.RunAsync(harness.SnapshotArgs(), environment);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Check the access key and secret key", result.Error);
        Assert.DoesNotContain("not-the-secret-key", result.Error);
    }

    [Fact]
    public async Task Secrets_NeverAppearInOutput()
    {
        await using var harness = await ToolHarness.StartAsync();
        harness.Server.SecurityToken = "temporary-security-token";
        var environment = ToolHarness.AccessKeyEnvironment();
        environment["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = "temporary-security-token";
        harness.Server.Respond = (context, number) => number == 1
            ? FakeServiceStage.WriteErrorAsync(context, 503, "SVCSTG.00100503", "busy")
            : FakeServiceStage.WriteCatalogAsync(context, FakeServiceStage.SampleCatalog);

        var signed = await harness.RunAsync(harness.SnapshotArgs("--verbosity", "diagnostic"), environment);
        var tokenRun = await harness.RunAsync(harness.SnapshotArgs("--verbosity", "diagnostic"), ToolHarness.TokenEnvironment());

        Assert.True(signed.ExitCode == 0, signed.ToString());
        Assert.True(tokenRun.ExitCode == 0, tokenRun.ToString());
        var signatures = harness.Server.Requests
            .Select(request => request.Header("Authorization"))
            .OfType<string>()
            .Select(authorization => authorization.Substring(authorization.IndexOf("Signature=", StringComparison.Ordinal) + 10))
            .ToArray();
        Assert.NotEmpty(signatures);
        var everything = signed.Output + signed.Error + tokenRun.Output + tokenRun.Error + File.ReadAllText(harness.OutputPath);
        Assert.Contains("debug:", signed.Error);
        Assert.DoesNotContain(ToolHarness.SecretKey, everything);
        Assert.DoesNotContain(ToolHarness.Token, everything);
        Assert.DoesNotContain("temporary-security-token", everything);
        foreach (var signature in signatures)
        {
            Assert.DoesNotContain(signature, everything);
        }
    }

    [Fact]
    public async Task Cancellation_ExitsWithInterruptedCode()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Respond = async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
        };
        using var cancellation = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var result = await harness.RunAsync(harness.SnapshotArgs(), ToolHarness.AccessKeyEnvironment(), cancellation.Token);

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("interrupted", result.Error);
    }

    [Fact]
    public async Task Check_EmptyCatalogShowsRemovals()
    {
        await using var harness = await ToolHarness.StartAsync();
        var before = harness.SeedOutput(SeedSnapshot);
        harness.Server.Catalog.Clear();

        var result = await harness.RunSnapshotAsync("--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, harness.ReadOutput());
        Assert.Contains("0 added, 1 removed", result.Output);
    }

    private static int ReserveClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
