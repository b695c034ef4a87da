using System.CommandLine;
using System.Globalization;

namespace ServiceStage.InnerImages.Tool.Commands;

/// <summary>Defines <c>innerimages snapshot</c>; <see cref="SnapshotRun"/> does the work.</summary>
internal static class SnapshotCommand
{
    public const int DefaultTimeoutSeconds = 100;

    private const int MaxTimeoutSeconds = 3600;

    public static Command Create(ToolContext context)
    {
        var region = new Option<string?>("--region", "-r")
        {
            Description = "The region id, such as ap-southeast-1. Default: the HW_REGION_NAME environment variable.",
        };
        var projectId = new Option<string?>("--project-id", "-p")
        {
            Description = "The project id of that region. Default: HUAWEICLOUD_SDK_PROJECT_ID, then HW_PROJECT_ID.",
        };
        var endpoint = new Option<string?>("--endpoint")
        {
            Description = "The ServiceStage base URL. Default: HUAWEICLOUD_SDK_REGION_SERVICESTAGE_<REGION>, then https://servicestage.<region>.myhuaweicloud.com. Plain http is accepted only for loopback addresses.",
            HelpName = "url",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The snapshot file to write or check.",
            DefaultValueFactory = _ => "snapshot.json",
            HelpName = "file",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit with 1 and print the differences when the live catalog differs from the file, 0 when it matches.",
        };
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "Accept an empty catalog even though the file lists images.",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "The time allowed for the whole fetch, retries included, in seconds.",
            DefaultValueFactory = _ => DefaultTimeoutSeconds,
            HelpName = "seconds",
        };
        timeout.Validators.Add(result =>
        {
            // A value that is not a number already has a parse error; only the range is checked here.
            if (result.Tokens.Count == 0 || !int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return;
            }

            if (value < 1 || value > MaxTimeoutSeconds)
            {
                result.AddError($"--timeout must be between 1 and {MaxTimeoutSeconds} seconds, found {value}.");
            }
        });
        var tokenFile = new Option<string?>("--token-file")
        {
            Description = "A file that contains an IAM token. Default: the INNERIMAGES_AUTH_TOKEN environment variable. A token wins over AK/SK.",
            HelpName = "file",
        };
        var liveOutput = new Option<string?>("--live-output")
        {
            Description = "Also write the fetched catalog, in canonical form, to this file, even with --check; its folder is created when missing. The build's analyzers read it to find retired images.",
            HelpName = "file",
        };
        var verbosity = CommonOptions.CreateVerbosityOption();

        var command = new Command(
            "snapshot",
            "Fetches the built-in image catalog from ServiceStage and writes it to the snapshot file in canonical form, printing what changed. " +
            "Credentials come from the environment: INNERIMAGES_AUTH_TOKEN (or --token-file), or HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_SECURITY_TOKEN " +
            "(falling back to HW_ACCESS_KEY, HW_SECRET_KEY and HW_SECURITY_TOKEN).")
        {
            region, projectId, endpoint, output, check, allowEmpty, timeout, tokenFile, liveOutput, verbosity,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new SnapshotOptions(
                parseResult.GetValue(region),
                parseResult.GetValue(projectId),
                parseResult.GetValue(endpoint),
                parseResult.GetValue(output)!,
                parseResult.GetValue(check),
                parseResult.GetValue(allowEmpty),
                parseResult.GetValue(timeout),
                parseResult.GetValue(tokenFile),
                parseResult.GetValue(verbosity)!,
                parseResult.GetValue(liveOutput));
            return new SnapshotRun(context, options).ExecuteAsync(cancellationToken);
        });

        return command;
    }
}
