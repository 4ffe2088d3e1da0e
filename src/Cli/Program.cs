using System.Globalization;
using System.Text;
using IpCity.Cli;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
Console.OutputEncoding = Encoding.UTF8;
return await IpCityCli.RunAsync(args);
