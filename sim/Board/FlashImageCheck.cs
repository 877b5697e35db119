using System.IO;
using Keel.Firmware.Boards;

namespace Keel.Sim.Board
{
    /// <summary>Checks a --flash path before the simulator opens it, so a mistake gets a sentence saying what to change rather than .NET's exception text.</summary>
    public static class FlashImageCheck
    {
        /// <summary>The image size a board needs: its flash sectors times their size.</summary>
        public static long SizeFor(BoardConfig board) => (long)board.FlashSectorSize * board.FlashSectors;

        /// <summary>What is wrong with the path for this board, or null when it can be used (an existing image of the right size, or a new file in an existing folder).</summary>
        public static string Problem(string path, BoardConfig board)
        {
            long size = SizeFor(board);
            string geometry = "board " + board.Name + " has " + board.FlashSectors + " sectors of " + board.FlashSectorSize + " bytes, an image of " + size + " bytes";
            if (Directory.Exists(path))
            {
                return "--flash " + path + " is a folder; give a file in it, such as " + Path.Combine(path, "keel.flash") + " (it is created erased)";
            }

            if (File.Exists(path))
            {
                long length = new FileInfo(path).Length;
                if (length != size)
                {
                    return "--flash " + path + " holds " + length + " bytes, but " + geometry
                        + "; give another file (a missing one is created erased), delete this one to start erased,"
                        + " or use the --board it was made with";
                }

                return null;
            }

            string folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder != null && !Directory.Exists(folder))
            {
                return "--flash " + path + ": the folder " + folder + " does not exist; create it, or give a file in a folder that exists";
            }

            return null;
        }

        /// <summary>The sentence for a file the simulator could not open or create although the checks passed (permissions, a file another simulator holds).</summary>
        public static string CannotOpen(string path, System.Exception failure)
        {
            if (failure is System.UnauthorizedAccessException)
            {
                return "--flash " + path + " cannot be opened for writing (permission denied); give a file you may write, such as keel.flash in your home folder";
            }

            return "--flash " + path + " cannot be opened (" + failure.Message + "); if another simulator is running on it, stop that one or give another file";
        }
    }
}
