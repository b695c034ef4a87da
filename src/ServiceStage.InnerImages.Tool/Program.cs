using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace ServiceStage.InnerImages.Tool;

internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var context = new ToolContext(Console.Out, Console.Error, ReadEnvironment());
        return ToolRunner.RunAsync(args, context);
    }

    private static Dictionary<string, string> ReadEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return variables;
    }
}
