using System;

namespace Keel.Pools
{
    /// <summary>Every pool and ring of the firmware by name, for the console and the integrity walk.</summary>
    /// <remarks>Filled at boot (registering may grow the table); reads afterwards allocate nothing.</remarks>
    public class PoolRegistry
    {
        private IPoolDiagnostics[] _entries = new IPoolDiagnostics[8];
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        /// <summary>Boot only: adds a pool or ring. A second entry with the same name is a boot error.</summary>
        public void Register(IPoolDiagnostics pool)
        {
            if (pool == null)
            {
                throw new ArgumentNullException("pool");
            }

            RefuseTakenName(pool.Name);
            IPoolBreakdown parts = pool as IPoolBreakdown;
            for (int part = 0; parts != null && part < parts.PartCount; part++)
            {
                RefuseTakenName(parts.Part(part).Name);
            }

            if (_count == _entries.Length)
            {
                IPoolDiagnostics[] larger = new IPoolDiagnostics[_entries.Length * 2];
                Array.Copy(_entries, larger, _count);
                _entries = larger;
            }

            _entries[_count] = pool;
            _count++;
            GrantPool grants = pool as GrantPool;
            if (grants != null)
            {
                grants.JoinRegistry(this);
            }
        }

        /// <summary>Boot: throws when a pool, ring or part already has this name.</summary>
        internal void RefuseTakenName(string name)
        {
            if (Find(name) != null)
            {
                throw new ArgumentException("Two pools are named '" + name
                    + "'. Give each pool and ring its own name: the memory map and the console find them by it.");
            }
        }

        /// <summary>The entry at position 0 .. Count − 1, in registration order.</summary>
        public IPoolDiagnostics Get(int position)
        {
            if (position < 0 || position >= _count)
            {
                throw new ArgumentOutOfRangeException("position", "The registry holds " + _count + " entries.");
            }

            return _entries[position];
        }

        /// <summary>The entry, or the part of an entry (a size class "msgs/64", a grant "buffers/console"), with this exact name; null if none.</summary>
        public IPoolDiagnostics Find(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].Name == name)
                {
                    return _entries[i];
                }

                IPoolBreakdown parts = _entries[i] as IPoolBreakdown;
                if (parts == null)
                {
                    continue;
                }

                for (int part = 0; part < parts.PartCount; part++)
                {
                    if (parts.Part(part).Name == name)
                    {
                        return parts.Part(part);
                    }
                }
            }

            return null;
        }

        public void ResetStatistics()
        {
            for (int i = 0; i < _count; i++)
            {
                _entries[i].ResetStatistics();
            }
        }

        /// <summary>
        /// Walks every entry. Returns the registry position of the first inconsistent entry, or -1;
        /// its problem and the position within it come back in problem and problemPosition.
        /// </summary>
        public int CheckIntegrity(out IntegrityProblem problem, out int problemPosition)
        {
            for (int i = 0; i < _count; i++)
            {
                problem = _entries[i].CheckIntegrity(out problemPosition);
                if (problem != IntegrityProblem.None)
                {
                    return i;
                }
            }

            problem = IntegrityProblem.None;
            problemPosition = -1;
            return -1;
        }
    }
}
