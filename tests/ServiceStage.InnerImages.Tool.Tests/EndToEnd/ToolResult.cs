namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

/// <summary>The exit code and the two output streams of one in-process run.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
