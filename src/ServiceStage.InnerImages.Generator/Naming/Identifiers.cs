using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ServiceStage.InnerImages.Generator.Naming;

/// <summary>Turns arbitrary text from a snapshot into C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>
    /// Makes a valid identifier from <paramref name="text"/>: every character that cannot stand
    /// in an identifier becomes '_', a leading digit gets a '_' before it, and a leading
    /// lowercase letter is made uppercase (invariantly, so 'i' never becomes 'İ'). A result of
    /// underscores alone starts with <paramref name="fallbackWord"/> instead, because a lone
    /// '_' reads as a discard in patterns such as <c>case _.Name:</c>.
    /// </summary>
    /// <remarks>
    /// Formatting characters such as U+200B are replaced too: C# accepts them in identifiers but
    /// ignores them when comparing names, so two different snapshot names would clash.
    /// </remarks>
    public static string FromText(string text, string fallbackWord)
    {
        var builder = new StringBuilder(text.Length + 1);
        foreach (var character in text)
        {
            var usable = SyntaxFacts.IsIdentifierPartCharacter(character)
                && CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.Format;
            builder.Append(usable ? character : '_');
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }
        else if (char.IsLower(builder[0]))
        {
            builder[0] = char.ToUpperInvariant(builder[0]);
        }

        var identifier = builder.ToString();
        if (identifier.Trim('_').Length == 0)
        {
            identifier = fallbackWord + identifier;
        }

        // Only names that start with '_' can still be keywords here, such as '__arglist'.
        return SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier;
    }

    /// <summary>Returns true when <paramref name="text"/> can name a type or a namespace segment as written.</summary>
    public static bool IsValidDeclarationName(string text) =>
        SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;

    /// <summary>
    /// Returns a suffix computed from <paramref name="text"/> alone (FNV-1a over its UTF-16 code
    /// units), so a name that carries it does not depend on any other entry of the snapshot.
    /// </summary>
    public static string StableSuffix(string text, bool wide)
    {
        if (!wide)
        {
            var hash32 = 2166136261u;
            foreach (var character in text)
            {
                hash32 = unchecked((hash32 ^ character) * 16777619u);
            }

            return hash32.ToString("x8", CultureInfo.InvariantCulture);
        }

        var hash64 = 14695981039346656037ul;
        foreach (var character in text)
        {
            hash64 = unchecked((hash64 ^ character) * 1099511628211ul);
        }

        return hash64.ToString("x16", CultureInfo.InvariantCulture);
    }
}
