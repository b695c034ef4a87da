using System;
using System.Collections.Generic;
using ServiceStage.InnerImages.Snapshots;

namespace ServiceStage.InnerImages.Generator.Analyzers;

/// <summary>
/// Orders images from oldest to newest by the numbers in their tags.
/// </summary>
/// <remarks>
/// ServiceStage tags are a runtime version and an image revision, such as <c>17-1.3.6</c> or
/// <c>8-int-1.0</c>, with no common scheme beyond that. So the tag's numeric components (each
/// maximal run of ASCII digits) are compared one by one as whole numbers: <c>17-1.3.6</c>
/// (17, 1, 3, 6) is newer than <c>8-1.1.7</c> (8, 1, 1, 7). When one list is a prefix of the
/// other, the longer one is newer. Equal numbers fall back to an ordinal comparison of the tag
/// and then of the url, so the order is total and never depends on culture. An image without
/// a tag has no numbers and sorts before every tagged image.
/// </remarks>
internal sealed class ImageVersionComparer : IComparer<SnapshotEntry>
{
    public static readonly ImageVersionComparer Instance = new();

    public int Compare(SnapshotEntry? x, SnapshotEntry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byNumbers = CompareNumbers(x.Reference.Tag ?? string.Empty, y.Reference.Tag ?? string.Empty);
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        var byTag = string.CompareOrdinal(x.Reference.Tag, y.Reference.Tag);
        return byTag != 0 ? byTag : string.CompareOrdinal(x.Url, y.Url);
    }

    /// <summary>Compares the runs of digits in two tags as a list of whole numbers.</summary>
    public static int CompareNumbers(string left, string right)
    {
        var leftIndex = 0;
        var rightIndex = 0;
        while (true)
        {
            var leftRun = NextRun(left, ref leftIndex);
            var rightRun = NextRun(right, ref rightIndex);
            if (leftRun is null || rightRun is null)
            {
                return (leftRun is null ? 0 : 1) - (rightRun is null ? 0 : 1);
            }

            var byValue = CompareDigitRuns(leftRun, rightRun);
            if (byValue != 0)
            {
                return byValue;
            }
        }
    }

    // Returns the next run of ASCII digits at or after index, or null when there is none.
    private static string? NextRun(string text, ref int index)
    {
        while (index < text.Length && !IsDigit(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return null;
        }

        var start = index;
        while (index < text.Length && IsDigit(text[index]))
        {
            index++;
        }

        return text.Substring(start, index - start);
    }

    // Compares two runs of digits by value without parsing, so a run of any length works:
    // without leading zeros, the longer run is the larger number.
    private static int CompareDigitRuns(string left, string right)
    {
        left = left.TrimStart('0');
        right = right.TrimStart('0');
        if (left.Length != right.Length)
        {
            return left.Length.CompareTo(right.Length);
        }

        return string.CompareOrdinal(left, right);
    }

    private static bool IsDigit(char character) => character is >= '0' and <= '9';
}
