using System;
using ServiceStage.InnerImages.Client.Errors;
using ServiceStage.InnerImages.Client.Http;

namespace ServiceStage.InnerImages.Tool.Configuration;

/// <summary>The region, project and endpoint of a run, from the options and then the environment.</summary>
internal sealed record ServiceSettings(string Region, string ProjectId, Uri Endpoint)
{
    public static ServiceSettings Resolve(ToolContext context, string? region, string? projectId, string? endpoint)
    {
        var resolvedRegion = FirstNonEmpty(region, context.GetVariable("HW_REGION_NAME"))
            ?? throw new UsageException("The region is missing; pass --region (such as ap-southeast-1) or set HW_REGION_NAME.");
        resolvedRegion = resolvedRegion.Trim();
        if (!ServiceEndpoint.IsValidRegion(resolvedRegion))
        {
            throw new UsageException($"The region '{resolvedRegion}' is not a region id; pass one such as 'ap-southeast-1'.");
        }

        var resolvedProjectId = FirstNonEmpty(projectId, context.GetVariable("HUAWEICLOUD_SDK_PROJECT_ID"), context.GetVariable("HW_PROJECT_ID"))
            ?? throw new UsageException("The project id is missing; pass --project-id or set HUAWEICLOUD_SDK_PROJECT_ID (or HW_PROJECT_ID).");

        return new ServiceSettings(resolvedRegion, resolvedProjectId.Trim(), ResolveEndpoint(context, resolvedRegion, endpoint));
    }

    // The Huawei Cloud SDKs read HUAWEICLOUD_SDK_REGION_SERVICESTAGE_<REGION> to override a
    // region's endpoint, so the same variable works here; --endpoint wins over it.
    private static Uri ResolveEndpoint(ToolContext context, string region, string? endpoint)
    {
        var variable = "HUAWEICLOUD_SDK_REGION_SERVICESTAGE_" + region.ToUpperInvariant().Replace('-', '_');
        var text = FirstNonEmpty(endpoint, context.GetVariable(variable));

        try
        {
            return text is null ? ServiceEndpoint.ForRegion(region) : ServiceEndpoint.Parse(text);
        }
        catch (ClientConfigurationException exception)
        {
            throw new UsageException(exception.Message, exception);
        }
    }

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }
}
