using System;
using System.Collections.Generic;
using System.Text.Json;
using ServiceStage.InnerImages.Client.Errors;
using ServiceStage.InnerImages.Client.Snapshots;

namespace ServiceStage.InnerImages.Client.Http;

/// <summary>
/// Reads a successful response into a catalog. Unknown fields are ignored and unknown stack
/// types are kept. Anything else that is not the documented shape is rejected, so a proxy's
/// page or a cut-off body never reaches the snapshot.
/// </summary>
internal static class CatalogResponseParser
{
    public static InnerImageCatalog Parse(RawResponse response)
    {
        CheckMediaType(response);

        using var document = ParseJson(response);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Reject(response, $"the body is JSON {Describe(root.ValueKind)}, not an object with a 'runtime_stacks' array");
        }

        if (!root.TryGetProperty("runtime_stacks", out var stacks))
        {
            throw Reject(response, "the body has no 'runtime_stacks' array");
        }

        if (stacks.ValueKind != JsonValueKind.Array)
        {
            throw Reject(response, $"'runtime_stacks' is {Describe(stacks.ValueKind)}, not an array");
        }

        var entries = new List<RuntimeStack>();
        var index = 0;
        foreach (var item in stacks.EnumerateArray())
        {
            entries.Add(ParseEntry(response, item, index));
            index++;
        }

        return InnerImageCatalog.Create(entries);
    }

    private static RuntimeStack ParseEntry(RawResponse response, JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Reject(response, $"runtime_stacks[{index}] is {Describe(item.ValueKind)}, not an object with 'type' and 'url'");
        }

        var type = ReadRequiredString(response, item, index, "type");
        var url = ReadRequiredString(response, item, index, "url");
        return new RuntimeStack(type, url);
    }

    private static string ReadRequiredString(RawResponse response, JsonElement item, int index, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            throw Reject(response, $"runtime_stacks[{index}] has no '{property}'");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Reject(response, $"runtime_stacks[{index}].{property} is {Describe(value.ValueKind)}, not a string");
        }

        var text = value.GetString()!;
        if (text.Trim().Length == 0)
        {
            throw Reject(response, $"runtime_stacks[{index}].{property} is empty");
        }

        return text;
    }

    private static void CheckMediaType(RawResponse response)
    {
        var isJson = response.MediaType is null
            || response.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || response.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

        if (BodyPreview.LooksLikeMarkup(response.Body) || (response.MediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            throw Reject(response, $"the body is an HTML page (Content-Type {response.MediaType ?? "missing"}), as a proxy or gateway sends, not JSON: {BodyPreview.Describe(response.Body)}");
        }

        if (!isJson)
        {
            throw Reject(response, $"the Content-Type is {response.MediaType}, not application/json: {BodyPreview.Describe(response.Body)}");
        }
    }

    private static JsonDocument ParseJson(RawResponse response)
    {
        try
        {
            return JsonDocument.Parse(response.Body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            // A body that ends inside a value is the usual sign of a cut connection or a
            // proxy's size limit, so the length is part of the message.
            throw Reject(response, $"the body is not valid JSON ({exception.Message}); it is {response.Body.Length} bytes long and may be truncated");
        }
    }

    private static InvalidResponseException Reject(RawResponse response, string reason)
    {
        var requestId = response.RequestId is null ? string.Empty : $", request id {response.RequestId}";
        return new InvalidResponseException(
            $"ServiceStage returned {response.DescribeStatus()} for GET {response.RequestUri}{requestId}, but {reason}. The snapshot was not changed.",
            response.Status,
            response.RequestId);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
