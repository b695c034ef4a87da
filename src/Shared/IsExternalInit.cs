#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

// Lets records and init accessors compile for netstandard2.0, whose base library predates them.
internal static class IsExternalInit
{
}
#endif
