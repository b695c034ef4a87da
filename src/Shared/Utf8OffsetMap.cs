using System.Text;

namespace ServiceStage.InnerImages.Snapshots;

/// <summary>
/// Converts byte offsets in a UTF-8 buffer to UTF-16 offsets in the string it encodes.
/// Lookups mostly move forward through the buffer, so the last result is kept as a starting
/// point and a forward lookup counts only the bytes in between.
/// </summary>
internal sealed class Utf8OffsetMap
{
    private readonly byte[] _bytes;
    private int _lastByteOffset;
    private int _lastCharOffset;

    public Utf8OffsetMap(byte[] bytes)
    {
        _bytes = bytes;
    }

    public int ToCharOffset(long byteOffset)
    {
        var target = (int)System.Math.Min(System.Math.Max(byteOffset, 0), _bytes.Length);
        if (target < _lastByteOffset)
        {
            _lastByteOffset = 0;
            _lastCharOffset = 0;
        }

        _lastCharOffset += Encoding.UTF8.GetCharCount(_bytes, _lastByteOffset, target - _lastByteOffset);
        _lastByteOffset = target;
        return _lastCharOffset;
    }

    /// <summary>Returns the byte offset of a zero-based line and byte column, counting lines by '\n' as System.Text.Json does.</summary>
    public long ToByteOffset(long line, long bytePositionInLine)
    {
        long offset = 0;
        for (long current = 0; current < line && offset < _bytes.Length; offset++)
        {
            if (_bytes[offset] == (byte)'\n')
            {
                current++;
            }
        }

        return offset + bytePositionInLine;
    }
}
