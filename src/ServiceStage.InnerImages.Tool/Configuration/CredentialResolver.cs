using System.IO;
using Microsoft.Extensions.Logging;
using ServiceStage.InnerImages.Client.Authentication;

namespace ServiceStage.InnerImages.Tool.Configuration;

/// <summary>
/// Chooses the authentication from the environment and <c>--token-file</c>. A token wins over
/// AK/SK when both are configured, and then the AK/SK are not sent: the token is given to this
/// tool specifically, while AK/SK variables are often set for every Huawei Cloud tool.
/// </summary>
internal static class CredentialResolver
{
    public const string TokenVariable = "INNERIMAGES_AUTH_TOKEN";

    public static IRequestAuthenticator Resolve(ToolContext context, string? tokenFile, ILogger logger)
    {
        var token = ReadToken(context, tokenFile, out var tokenSource);
        var hasAccessKeys = TryFindAccessKeyNames(context, out var names);

        if (token is not null)
        {
            if (hasAccessKeys)
            {
                logger.LogInformation(
                    "Both a token ({TokenSource}) and AK/SK ({AccessKeyVariable}) are configured; using the token, and the AK/SK are not sent.",
                    tokenSource,
                    names.AccessKey);
            }

            logger.LogDebug("Authenticating with the token from {TokenSource}.", tokenSource);
            return new TokenAuthenticator(token);
        }

        if (hasAccessKeys)
        {
            return CreateAccessKeyAuthenticator(context, names, logger);
        }

        throw new UsageException(
            $"No credentials are configured. Set {TokenVariable} or pass --token-file with an IAM token, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or HW_ACCESS_KEY and HW_SECRET_KEY).");
    }

    private static string? ReadToken(ToolContext context, string? tokenFile, out string source)
    {
        if (tokenFile is not null)
        {
            source = $"--token-file {tokenFile}";
            string text;
            try
            {
                text = File.ReadAllText(tokenFile);
            }
            catch (IOException exception)
            {
                throw new UsageException($"The token file '{tokenFile}' cannot be read: {exception.Message}", exception);
            }
            catch (System.UnauthorizedAccessException exception)
            {
                throw new UsageException($"The token file '{tokenFile}' cannot be read: {exception.Message}", exception);
            }

            if (text.Trim().Length == 0)
            {
                throw new UsageException($"The token file '{tokenFile}' is empty; write the IAM token into it.");
            }

            return text.Trim();
        }

        source = TokenVariable;
        return context.GetVariable(TokenVariable)?.Trim();
    }

    // The Huawei Cloud SDK names take precedence over the Terraform names as a pair, so a key
    // and a secret from different conventions are never combined.
    private static bool TryFindAccessKeyNames(ToolContext context, out AccessKeyVariableNames names)
    {
        names = AccessKeyVariableNames.Sdk;
        if (context.GetVariable(names.AccessKey) is not null || context.GetVariable(names.SecretKey) is not null)
        {
            return true;
        }

        names = AccessKeyVariableNames.Terraform;
        return context.GetVariable(names.AccessKey) is not null || context.GetVariable(names.SecretKey) is not null;
    }

    private static AccessKeyAuthenticator CreateAccessKeyAuthenticator(ToolContext context, AccessKeyVariableNames names, ILogger logger)
    {
        var accessKey = context.GetVariable(names.AccessKey)
            ?? throw new UsageException($"{names.SecretKey} is set but {names.AccessKey} is not; set both, or neither.");
        var secretKey = context.GetVariable(names.SecretKey)
            ?? throw new UsageException($"{names.AccessKey} is set but {names.SecretKey} is not; set both, or neither.");
        var securityToken = context.GetVariable(names.SecurityToken);

        var authenticator = new AccessKeyAuthenticator(accessKey, secretKey, securityToken);
        logger.LogDebug("Signing requests with the {Authentication} from {AccessKeyVariable}.", authenticator.Name, names.AccessKey);
        return authenticator;
    }

    private sealed record AccessKeyVariableNames(string AccessKey, string SecretKey, string SecurityToken)
    {
        public static readonly AccessKeyVariableNames Sdk = new("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN");

        public static readonly AccessKeyVariableNames Terraform = new("HW_ACCESS_KEY", "HW_SECRET_KEY", "HW_SECURITY_TOKEN");
    }
}
