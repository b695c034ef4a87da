using System;
using System.Text;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>Summarizes the start of a response body for error messages.</summary>
internal static class BodyPreview
{
    private const int MaxCharacters = 120;

    /// <summary>
    /// Returns the first characters of <paramref name="body"/> on one line, in quotes, with
    /// control characters and runs of white space replaced by one space.
    /// </summary>
    public static string Describe(byte[] body)
    {
        if (body.Length == 0)
        {
            return "an empty body";
        }

        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxCharacters * 4));
        var builder = new StringBuilder();
        var lastWasSpace = false;
        foreach (var character in text)
        {
            if (builder.Length >= MaxCharacters)
            {
                break;
            }

            var isSpace = char.IsWhiteSpace(character) || char.IsControl(character);
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : character);
            lastWasSpace = isSpace;
        }

        var truncated = builder.Length < text.Length || text.Length < body.Length;
        var preview = builder.ToString().Trim();
        return truncated ? $"'{preview}…' ({body.Length} bytes)" : $"'{preview}' ({body.Length} bytes)";
    }

    /// <summary>Returns true when the body starts, after white space and a byte order mark, with '&lt;'.</summary>
    public static bool LooksLikeMarkup(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<');
    }
}
