namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>An image of one stack type whose registry and repository stayed while its tag or digest changed.</summary>
public sealed record ImageChange(string OldUrl, string NewUrl);
