namespace ServiceStage.InnerImages.Snapshots;

/// <summary>A range of UTF-16 code units in the snapshot text.</summary>
internal readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;
}
