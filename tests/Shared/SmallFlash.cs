using Keel.Drivers.Flash;
using Keel.Drivers.Ports;
using Keel.Sim.Flash;

namespace Keel.Tests
{
    /// <summary>The flash part of a small board's config, and the record store boot builds over it.</summary>
    public static class SmallFlash
    {
        public const int SectorSize = 256;
        public const int Sectors = 4;
        public const int ProgramUnit = 4;
        public const int Records = 8;
        public const int MaxRecordLength = 48;

        public static SimulatedNorFlash NewPart()
        {
            return new SimulatedNorFlash(SectorSize, Sectors, ProgramUnit);
        }

        public static RecordStore NewStore(INorFlash part)
        {
            return new RecordStore("settings", part, Records, MaxRecordLength);
        }

        /// <summary>A store over part, mounted (as after a reboot when the part already holds records).</summary>
        public static RecordStore Mounted(SimulatedNorFlash part)
        {
            RecordStore store = NewStore(part);
            store.TryMount();
            return store;
        }

        /// <summary>length bytes that differ with seed, so two values are never alike by accident.</summary>
        public static byte[] Value(int length, int seed)
        {
            byte[] value = new byte[length];
            for (int i = 0; i < length; i++)
            {
                value[i] = (byte)(seed * 29 + i * 7 + 3);
            }

            return value;
        }

        /// <summary>Whether the store holds exactly expected under id.</summary>
        public static bool Holds(RecordStore store, int id, byte[] expected)
        {
            byte[] buffer = new byte[expected.Length > MaxRecordLength ? expected.Length : MaxRecordLength];
            int length;
            if (store.TryRead(id, buffer, 0, out length) != StoreResult.Ok || length != expected.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (buffer[i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
