using System;

namespace ServiceStage.InnerImages.Tool.Tests.EndToEnd;

/// <summary>A clock at a fixed offset from the real one, or at a fixed instant.</summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset? _instant;
    private readonly TimeSpan _offset;

    private FixedTimeProvider(DateTimeOffset? instant, TimeSpan offset)
    {
        _instant = instant;
        _offset = offset;
    }

    public static FixedTimeProvider At(DateTimeOffset instant) => new(instant, TimeSpan.Zero);

    public static FixedTimeProvider Offset(TimeSpan offset) => new(null, offset);

    public override DateTimeOffset GetUtcNow() => _instant ?? DateTimeOffset.UtcNow + _offset;
}
