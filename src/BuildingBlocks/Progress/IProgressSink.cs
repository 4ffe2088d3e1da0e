namespace IpCity.BuildingBlocks.Progress;

/// <summary>Progress of long work: a bar on a terminal, plain milestone lines elsewhere, a percentage on the web.</summary>
public interface IProgressSink
{
    void Report(string stage, long done, long total);
}

public sealed class NullProgressSink : IProgressSink
{
    public static readonly NullProgressSink Instance = new();

    public void Report(string stage, long done, long total)
    {
    }
}
