namespace ServiceStage.InnerImages.Generator;

/// <summary>Names of the pipeline steps, so tests can check which steps ran again after an edit.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string LanguageFeatures = nameof(LanguageFeatures);
    public const string Snapshots = nameof(Snapshots);
    public const string Generation = nameof(Generation);

    public static readonly string[] All = [Settings, LanguageFeatures, Snapshots, Generation];
}
