using System;
using ServiceStage.InnerImages;

// Prints the catalog that the generator built from the repository's snapshot.json.
// Every name below is generated: a renamed or retired image would fail this build.

Console.WriteLine($"ServiceStage built-in images: {InnerImages.All.Count} in the snapshot");

foreach (StackType stack in Enum.GetValues<StackType>())
{
    var images = InnerImages.ForStack(stack);
    Console.WriteLine();
    Console.WriteLine($"{stack} ({images.Count})");
    foreach (var image in images)
    {
        var reference = image.Reference;
        Console.WriteLine($"  {image.Url}");
        Console.WriteLine($"    registry {reference.Registry}, repository {reference.Repository}, tag {reference.Tag ?? "(none)"}");
    }
}

// A constant used directly, as application code would when it deploys a Java component.
const string javaImage = InnerImages.Java.Openjdk_x86_64_17_1_3_6;
Console.WriteLine();
Console.WriteLine($"Java 17 base image: {javaImage}");

if (InnerImages.TryGetStack(javaImage, out var javaStack))
{
    Console.WriteLine($"TryGetStack finds it under {javaStack}.");
}
