using System.CommandLine;
using Microsoft.Extensions.Logging;
using ServiceStage.InnerImages.Tool.Logging;

namespace ServiceStage.InnerImages.Tool.Commands;

/// <summary>Options and helpers that every command shares.</summary>
internal static class CommonOptions
{
    public static Option<string> CreateVerbosityOption()
    {
        var option = new Option<string>("--verbosity", "-v")
        {
            Description = "How much to log to standard error: quiet (errors), minimal (warnings, the default), normal (requests), detailed or diagnostic. Secrets are never logged.",
            DefaultValueFactory = _ => Verbosity.Default,
            HelpName = "level",
        };
        option.AcceptOnlyFromAmong(Verbosity.Names);
        return option;
    }

    public static ILoggerFactory CreateLoggerFactory(ToolContext context, string verbosity)
    {
        var level = Verbosity.ToLogLevel(verbosity);
        return LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(level);
            builder.AddProvider(new TextWriterLoggerProvider(context.Error, level));
        });
    }
}
