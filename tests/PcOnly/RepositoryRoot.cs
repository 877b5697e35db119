using System;
using System.IO;

namespace Keel.Tests.PcOnly
{
    /// <summary>Finds the repository's root folder (the one holding Firmware.sln) from wherever the tests run.</summary>
    public static class RepositoryRoot
    {
        public static string Path
        {
            get
            {
                string directory = AppContext.BaseDirectory;
                while (directory != null)
                {
                    if (File.Exists(System.IO.Path.Combine(directory, "Firmware.sln")))
                    {
                        return directory;
                    }

                    directory = System.IO.Path.GetDirectoryName(directory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
                }

                throw new InvalidOperationException("No Firmware.sln above " + AppContext.BaseDirectory + ": run the tests from the repository.");
            }
        }
    }
}
