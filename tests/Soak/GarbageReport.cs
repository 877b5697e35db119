using nanoFramework.TestFramework;

namespace Keel.Soak
{
    /// <summary>Collects the steady-state paths a soak measured and fails once, naming every path that allocated and how much.</summary>
    /// <remarks>
    /// A soak measures many paths; stopping at the first that allocates would hide the others.
    /// Text is built only for a failing path, after its measurement has ended.
    /// </remarks>
    public class GarbageReport
    {
        private string _failures = "";
        private int _paths;
        private int _failingPaths;

        /// <summary>Paths measured so far.</summary>
        public int Paths => _paths;

        /// <summary>Records one path: what the meter counted over its runs.</summary>
        public void Record(string path, long allocated, int runs)
        {
            _paths++;
            if (allocated != 0)
            {
                _failingPaths++;
                _failures += "\n  " + path + ": " + allocated.ToString() + " " + AllocationMeter.Unit + " in " + runs.ToString() + " runs";
            }
        }

        /// <summary>Fails when any path allocated, listing them all.</summary>
        public void AssertClean()
        {
            Assert.AreEqual(0, _failingPaths, "steady-state paths that allocated (of " + _paths.ToString() + " measured):" + _failures);
        }
    }
}
