using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ServiceStage.InnerImages.Tool.Commands;

namespace ServiceStage.InnerImages.Tool;

/// <summary>Parses the command line and runs a command: the tool's entry point, also for in-process tests.</summary>
internal static class ToolRunner
{
    public static async Task<int> RunAsync(string[] args, ToolContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand(context);
        var parseResult = root.Parse(args);

        // System.CommandLine exits with 1 on a parse error, which this tool reserves for
        // "--check found differences", so parse errors are reported here with 2.
        if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction and not ExitCodeHelpAction)
        {
            foreach (var error in parseResult.Errors)
            {
                context.Error.WriteLine($"error: {error.Message}");
            }

            context.Error.WriteLine("Run 'innerimages --help' for the commands and options.");
            return ExitCodes.InvalidUsage;
        }

        // The default exception handler would exit with 1, which means "differences found".
        var configuration = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Timeouts surface as TimeoutRejectedException, so a cancellation that gets here
            // comes from Ctrl+C (System.CommandLine cancels the action's token) or the caller.
            context.Error.WriteLine("error: The run was interrupted; the snapshot file was not changed.");
            return ExitCodes.Interrupted;
        }
        catch (Exception exception)
        {
            context.Error.WriteLine($"error: The tool failed unexpectedly. Please report this with the following details: {exception}");
            return ExitCodes.InvalidUsage;
        }
    }

    internal static RootCommand BuildRootCommand(ToolContext context)
    {
        var root = new RootCommand("Fetches the built-in base images of Huawei Cloud ServiceStage into a snapshot file and shows snapshots.")
        {
            SnapshotCommand.Create(context),
            ShowCommand.Create(context),
        };

        // Every command's help ends with the exit codes.
        var helpOption = root.Options.OfType<HelpOption>().Single();
        helpOption.Action = new ExitCodeHelpAction((HelpAction)helpOption.Action!);
        return root;
    }

    private sealed class ExitCodeHelpAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _helpAction;

        public ExitCodeHelpAction(HelpAction helpAction)
        {
            _helpAction = helpAction;
        }

        public override int Invoke(ParseResult parseResult)
        {
            _helpAction.Invoke(parseResult);
            var helpText = parseResult.CommandResult.Command.Name == "show" ? ExitCodes.ShowHelpText : ExitCodes.HelpText;
            parseResult.InvocationConfiguration.Output.WriteLine(helpText);
            return ExitCodes.Success;
        }
    }
}
