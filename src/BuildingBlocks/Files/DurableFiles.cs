using System.Runtime.InteropServices;

namespace IpCity.BuildingBlocks.Files;

/// <summary>
/// Making a new file survive a crash (SECURITY.md spec 23): the bytes are written to a temporary name, flushed to
/// the device (fsync), renamed to their final name in the same directory tree, and the directory that now holds the
/// name is flushed too, so that after power loss the name exists only with all its bytes. Only then does the
/// caller record the file in the database; a crash before that leaves an unreferenced file that
/// <see cref="AttachmentSweeper"/> removes.
/// </summary>
public static class DurableFiles
{
    /// <summary>Renames <paramref name="temporary"/> (already fsynced) to <paramref name="final"/> and fsyncs the directories involved.</summary>
    public static void Publish(string temporary, string final)
    {
        File.Move(temporary, final, overwrite: false);
        SyncDirectory(Path.GetDirectoryName(final)!);
        var from = Path.GetDirectoryName(temporary)!;
        if (!string.Equals(from, Path.GetDirectoryName(final), StringComparison.Ordinal))
        {
            SyncDirectory(from);
        }
    }

    /// <summary>Creates <paramref name="directory"/> if needed; a new directory's own entry is flushed in its parent.</summary>
    public static void EnsureDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        SyncDirectory(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(directory))!);
    }

    /// <summary>fsync of a directory (Linux and other Unix systems; Windows makes renames durable through NTFS's journal and has no equivalent call).</summary>
    public static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = NativeMethods.Open(directory, NativeMethods.ReadOnly | NativeMethods.Directory);
        if (fd < 0)
        {
            throw new IOException($"cannot open directory {directory} to flush it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (NativeMethods.Fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = NativeMethods.Close(fd);
        }
    }

    private static class NativeMethods
    {
        public const int ReadOnly = 0;

        /// <summary>O_DIRECTORY: 0x10000 on x86-64 and most Linux ABIs, 0x4000 on arm64 Linux, 0x100000 on macOS.</summary>
        public static int Directory => OperatingSystem.IsMacOS() ? 0x100000 : RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x4000 : 0x10000;

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
