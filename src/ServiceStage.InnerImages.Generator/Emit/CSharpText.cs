using System.Globalization;
using System.Text;

namespace ServiceStage.InnerImages.Generator.Emit;

/// <summary>Escapes untrusted text for the two places it appears in generated code: string literals and XML doc comments.</summary>
internal static class CSharpText
{
    /// <summary>
    /// Returns <paramref name="value"/> as a regular C# string literal that evaluates to exactly
    /// the same UTF-16 code units. Every character outside printable ASCII is written as a
    /// <c>\uXXXX</c> escape, which covers line breaks, U+2028/U+2029 and lone surrogates alike.
    /// </summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case >= ' ' and <= '~':
                    builder.Append(character);
                    break;
                default:
                    AppendUnicodeEscape(builder, character);
                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Returns a literal for <paramref name="value"/>, or <c>null</c> when it is null.</summary>
    public static string LiteralOrNull(string? value) => value is null ? "null" : Literal(value);

    /// <summary>
    /// Returns <paramref name="value"/> as text for a single-line <c>///</c> comment: XML special
    /// characters become entities, and characters that would end the line or make the XML
    /// invalid (control characters, line separators, lone surrogates) are shown as <c>\uXXXX</c>.
    /// </summary>
    public static string XmlDocText(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case var high when char.IsHighSurrogate(high) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(high).Append(value[++i]);
                    break;
                case var other when IsSafeInComment(other):
                    builder.Append(other);
                    break;
                default:
                    AppendUnicodeEscape(builder, character);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsSafeInComment(char character)
    {
        if (char.IsSurrogate(character) || char.IsControl(character))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(character);
        return category is not (UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned)
            && character is not ('\uFFFE' or '\uFFFF');
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char character) =>
        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
}
