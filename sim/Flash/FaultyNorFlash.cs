using Keel.Drivers.Ports;

namespace Keel.Sim.Flash
{
    /// <summary>A simulated NOR part that also fails: reads that fail once or for good, programs and erases that fail, chosen by number or at random.</summary>
    /// <remarks>
    /// Written inside the nanoFramework subset (the shared tests link it). It wraps a
    /// <see cref="SimulatedNorFlash"/> (which keeps its power cuts and wear-out; bit flips go
    /// through <see cref="SimulatedNorFlash.Corrupt"/>) and adds the faults a part shows over
    /// years: a read that returns <see cref="FlashResult.Failed"/> (transient: the next try may
    /// work; for good: every later read fails), a program that fails after writing the first
    /// half of its units (what it left is unknown to the caller), and an erase that fails leaving
    /// the sector as it was. Faults are armed by number (the n-th call from now) or at random
    /// (per mille, from a seeded generator, so a failing run can be replayed).
    /// </remarks>
    public class FaultyNorFlash : INorFlash
    {
        private readonly SimulatedNorFlash _part;
        private int _reads;
        private int _programs;
        private int _erases;
        private int _failReadAt = -1;
        private bool _readsFailForGood;
        private bool _readsFailing;
        private int _failProgramAt = -1;
        private int _failEraseAt = -1;
        private int _readFailurePerMille;
        private int _programFailurePerMille;
        private int _eraseFailurePerMille;
        private uint _random = 1;
        private int _injectedReadFailures;
        private int _injectedProgramFailures;
        private int _injectedEraseFailures;

        /// <param name="part">The part the faults are added to.</param>
        public FaultyNorFlash(SimulatedNorFlash part)
        {
            _part = part;
        }

        /// <summary>The part underneath (bytes, power cuts, corruption).</summary>
        public SimulatedNorFlash Part
        {
            get { return _part; }
        }

        public int SectorSize
        {
            get { return _part.SectorSize; }
        }

        public int SectorCount
        {
            get { return _part.SectorCount; }
        }

        public int ProgramUnit
        {
            get { return _part.ProgramUnit; }
        }

        /// <summary>Read calls so far (failed ones included).</summary>
        public int Reads
        {
            get { return _reads; }
        }

        /// <summary>Program calls so far.</summary>
        public int Programs
        {
            get { return _programs; }
        }

        /// <summary>Erase calls so far.</summary>
        public int Erases
        {
            get { return _erases; }
        }

        /// <summary>Reads this part made fail.</summary>
        public int InjectedReadFailures
        {
            get { return _injectedReadFailures; }
        }

        /// <summary>Programs this part made fail.</summary>
        public int InjectedProgramFailures
        {
            get { return _injectedProgramFailures; }
        }

        /// <summary>Erases this part made fail.</summary>
        public int InjectedEraseFailures
        {
            get { return _injectedEraseFailures; }
        }

        /// <summary>The read after the next readsFromNow reads fails; with forGood, so does every read after it.</summary>
        public void FailRead(int readsFromNow, bool forGood)
        {
            _failReadAt = _reads + readsFromNow;
            _readsFailForGood = forGood;
        }

        /// <summary>The program after the next programsFromNow programs fails, having written the first half of its units.</summary>
        public void FailProgram(int programsFromNow)
        {
            _failProgramAt = _programs + programsFromNow;
        }

        /// <summary>The erase after the next erasesFromNow erases fails, leaving the sector as it was.</summary>
        public void FailErase(int erasesFromNow)
        {
            _failEraseAt = _erases + erasesFromNow;
        }

        /// <summary>Makes each read, program and erase fail with these chances (per mille), from a generator seeded with seed.</summary>
        public void FailAtRandom(int readPerMille, int programPerMille, int erasePerMille, uint seed)
        {
            _readFailurePerMille = readPerMille;
            _programFailurePerMille = programPerMille;
            _eraseFailurePerMille = erasePerMille;
            _random = seed == 0 ? 1 : seed;
        }

        /// <summary>Disarms every fault: the part works again (what failed calls left stays).</summary>
        public void Heal()
        {
            _failReadAt = -1;
            _failProgramAt = -1;
            _failEraseAt = -1;
            _readsFailing = false;
            _readFailurePerMille = 0;
            _programFailurePerMille = 0;
            _eraseFailurePerMille = 0;
        }

        public FlashResult Read(int address, byte[] buffer, int offset, int count)
        {
            int call = _reads;
            _reads++;
            if (call == _failReadAt)
            {
                _readsFailing = _readsFailForGood;
                _injectedReadFailures++;
                return FlashResult.Failed;
            }

            if (_readsFailing || Chance(_readFailurePerMille))
            {
                _injectedReadFailures++;
                return FlashResult.Failed;
            }

            return _part.Read(address, buffer, offset, count);
        }

        public FlashResult Program(int address, byte[] data, int offset, int count)
        {
            int call = _programs;
            _programs++;
            if (call == _failProgramAt || Chance(_programFailurePerMille))
            {
                _injectedProgramFailures++;
                int unit = _part.ProgramUnit;
                int half = count / unit / 2 * unit;
                FlashResult partial = _part.Program(address, data, offset, half);
                return partial == FlashResult.Ok ? FlashResult.Failed : partial;
            }

            return _part.Program(address, data, offset, count);
        }

        public FlashResult EraseSector(int sector)
        {
            int call = _erases;
            _erases++;
            if (call == _failEraseAt || Chance(_eraseFailurePerMille))
            {
                _injectedEraseFailures++;
                return FlashResult.Failed;
            }

            return _part.EraseSector(sector);
        }

        /// <summary>True with a chance of perMille / 1000 (xorshift32).</summary>
        private bool Chance(int perMille)
        {
            if (perMille <= 0)
            {
                return false;
            }

            _random ^= _random << 13;
            _random ^= _random >> 17;
            _random ^= _random << 5;
            return _random % 1000 < (uint)perMille;
        }
    }
}
