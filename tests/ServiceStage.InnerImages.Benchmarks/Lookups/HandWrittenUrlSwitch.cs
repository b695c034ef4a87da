namespace ServiceStage.InnerImages.Benchmarks.Lookups;

// The switch on the url that a developer would write by hand, over the images of
// lookup-snapshot.json. Written by 'dotnet run -c Release -- write-lookup-data'.
internal static partial class HandWrittenLookups
{
    public static bool TryGetStack(string? url, out StackType stack)
    {
        switch (url)
        {
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-x86_64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-arm64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-x86_64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-arm64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-x86_64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-arm64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-x86_64:11-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-arm64:11-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-x86_64:12-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/nodejs-arm64:12-1.0.0":
                stack = StackType.Nodejs;
                return true;
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-arm64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/dragonwell-x86_64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-arm64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/dragonwell-x86_64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-arm64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/dragonwell-x86_64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/openjdk-x86_64:11-1.0.0":
                stack = StackType.Java;
                return true;
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-arm64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-arm64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-arm64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:11-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-arm64:11-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-x86_64:12-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/tomcat-arm64:12-1.0.0":
                stack = StackType.Tomcat;
                return true;
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-arm64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-arm64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-arm64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:11-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-arm64:11-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-x86_64:12-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/python-arm64:12-1.0.0":
                stack = StackType.Python;
                return true;
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:8-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:9-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:10-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:11-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:12-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:13-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:14-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:15-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:16-1.0.0":
            case "swr.ap-southeast-1.myhuaweicloud.com/op_svc_cse/php-x86_64:17-1.0.0":
                stack = StackType.Php;
                return true;
            default:
                stack = default;
                return false;
        }
    }
}
