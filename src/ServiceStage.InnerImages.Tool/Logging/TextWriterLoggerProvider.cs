using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace ServiceStage.InnerImages.Tool.Logging;

/// <summary>
/// Writes log messages as "level: message" lines to a <see cref="TextWriter"/>, standard
/// error for the tool. The console provider is not used because it writes to the process's
/// console from a background queue, which would mix with the output of in-process runs
/// and could lose the last lines when the tool exits.
/// </summary>
internal sealed class TextWriterLoggerProvider : ILoggerProvider
{
    private readonly TextWriter _writer;
    private readonly LogLevel _minimumLevel;
    private readonly object _gate = new();

    public TextWriterLoggerProvider(TextWriter writer, LogLevel minimumLevel)
    {
        _writer = writer;
        _minimumLevel = minimumLevel;
    }

    public ILogger CreateLogger(string categoryName) => new TextWriterLogger(this);

    public void Dispose() => _writer.Flush();

    private void Write(LogLevel level, string message, Exception? exception)
    {
        lock (_gate)
        {
            _writer.WriteLine($"{Label(level)}: {message}");

            // The causes help at the detailed levels; at the others the message, which
            // already states the failure, is enough.
            if (exception is not null && _minimumLevel <= LogLevel.Debug)
            {
                for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
                {
                    _writer.WriteLine($"  caused by {inner.GetType().FullName}: {inner.Message}");
                }
            }
        }
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        _ => "error",
    };

    private sealed class TextWriterLogger : ILogger
    {
        private readonly TextWriterLoggerProvider _provider;

        public TextWriterLogger(TextWriterLoggerProvider provider)
        {
            _provider = provider;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= _provider._minimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            _provider.Write(logLevel, formatter(state, exception), exception);
        }
    }
}
