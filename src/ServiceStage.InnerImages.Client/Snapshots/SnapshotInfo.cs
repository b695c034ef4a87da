using System;

namespace ServiceStage.InnerImages.Client.Snapshots;

/// <summary>Where and when a catalog was fetched, written as the snapshot's <c>snapshot</c> object. It never contains credentials.</summary>
/// <param name="Endpoint">The endpoint as configured, without a trailing slash.</param>
/// <param name="FetchedAt">The fetch time; it is written in UTC to the second.</param>
/// <param name="Tool">The writer and its version, such as "innerimages 1.2.0".</param>
public sealed record SnapshotInfo(string Region, string Endpoint, DateTimeOffset FetchedAt, string Tool);
