using Keel.Pools;

namespace Keel.Tests
{
    /// <summary>Runs a pool's integrity walk for tests that only need to know it found nothing.</summary>
    public static class Integrity
    {
        public static bool IsOk(IPoolDiagnostics pool)
        {
            int position;
            return pool.CheckIntegrity(out position) == IntegrityProblem.None;
        }
    }
}
