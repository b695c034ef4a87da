namespace ServiceStage.InnerImages.Generator.Model;

/// <summary>A stack type: its name in the snapshot, its identifier in C#, and its <c>StackType</c> value.</summary>
/// <param name="IsDocumented">True for the five types that the API documents; they are generated even without images.</param>
internal sealed record StackModel(string Type, string Identifier, int Value, bool IsDocumented);
