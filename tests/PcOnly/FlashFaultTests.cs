using System;
using System.Collections.Generic;
using Keel.Drivers.Flash;
using Keel.Sim.Flash;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>
    /// The record store against the fault model beside power cuts (docs/flash-reliability.md):
    /// every bit of small images flipped one at a time, random multi-bit damage, reads failing at
    /// random rates, and every fault together; each checked against <see cref="FlashFaultModel"/>.
    /// </summary>
    [TestClass]
    public class FlashFaultTests
    {
        public TestContext TestContext { get; set; }

        [TestMethod]
        [DataRow(256, 4, 4, 48)]
        [DataRow(128, 3, 4, 20)]
        [DataRow(256, 4, 8, 48)]
        public void EveryBitOfASmallImageFlippedAloneIsCorrectedOrReported(int sectorSize, int sectors, int unit, int longest)
        {
            FlashFaultModel model = new FlashFaultModel();
            SimulatedNorFlash part = new SimulatedNorFlash(sectorSize, sectors, unit);
            Workload(part, longest, model, new Random(sectorSize + sectors + unit), 80);
            byte[] image = new byte[part.Size];
            part.CopyImageTo(image);

            int notOk = 0;
            int exactMounts = 0;
            List<string> violations = new List<string>();
            for (int bit = 0; bit < image.Length * 8; bit++)
            {
                SimulatedNorFlash flipped = new SimulatedNorFlash(sectorSize, sectors, unit);
                flipped.LoadImage(image);
                flipped.Corrupt(bit / 8, (byte)(image[bit / 8] ^ (1 << (bit % 8))));
                FlashFaultModel branch = model.Clone();
                RecordStore store = new RecordStore("flip", flipped, 8, longest);
                StoreResult mounted = store.TryMount();
                if (mounted != StoreResult.Ok)
                {
                    notOk++;
                }

                int before = branch.Exact;
                branch.Check(store, "bit " + bit);
                if (branch.Violations.Count == 0 && mounted == StoreResult.Ok)
                {
                    exactMounts++;
                }

                // The store goes on: more work, a remount, the rule again.
                Workload(flipped, longest, branch, new Random(bit), 10, store);
                branch.Check(new Mounted(flipped, longest).Store, "bit " + bit + ", after more work and a remount");
                violations.AddRange(branch.Violations);
            }

            TestContext.WriteLine(sectors + " x " + sectorSize + " B, unit " + unit + ": " + image.Length * 8 + " single-bit flips, "
                + exactMounts + " mounts Ok with every value exact, " + notOk + " mounts not Ok, " + violations.Count + " violations");
            Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
            Assert.AreEqual(0, notOk, "one flipped bit is always corrected or harmless");
        }

        [TestMethod]
        [DataRow(2, 50000)]
        [DataRow(8, 20000)]
        [DataRow(64, 5000)]
        public void RandomDamageOfSeveralBitsNeverServesAWrongValue(int flips, int images)
        {
            FlashFaultModel model = new FlashFaultModel();
            SimulatedNorFlash part = new SimulatedNorFlash(256, 4, 4);
            Workload(part, 48, model, new Random(7), 80);
            byte[] image = new byte[part.Size];
            part.CopyImageTo(image);
            Random random = new Random(flips * 1000 + images);
            List<string> violations = new List<string>();
            int exact = 0;
            int reported = 0;
            int damagedMounts = 0;
            for (int run = 0; run < images; run++)
            {
                SimulatedNorFlash damaged = new SimulatedNorFlash(256, 4, 4);
                damaged.LoadImage(image);
                string bits = "";
                for (int f = 0; f < flips; f++)
                {
                    int bit = random.Next(image.Length * 8);
                    bits += " " + bit / 8 + "." + bit % 8;
                    damaged.Corrupt(bit / 8, (byte)(damaged.ByteAt(bit / 8) ^ (1 << (bit % 8))));
                }

                FlashFaultModel branch = model.Clone();
                RecordStore store = new RecordStore("flips", damaged, 8, 48);
                if (store.TryMount() == StoreResult.Damaged)
                {
                    damagedMounts++;
                }

                branch.Check(store, "image " + run + " (bytes.bits" + bits + ", corrected " + store.Statistics.CorrectedBlocks + ", crc " + store.Statistics.CrcFailuresAtMount + ", lost " + store.Statistics.LostBytes + ")");
                Workload(damaged, 48, branch, new Random(run), 10, store);
                branch.Check(new Mounted(damaged, 48).Store, "image " + run + ", after more work and a remount");
                violations.AddRange(branch.Violations);
                exact += branch.Exact;
                reported += branch.Reported;
            }

            TestContext.WriteLine(images + " images with " + flips + " random flipped bits: " + damagedMounts + " mounts said Damaged; reads "
                + exact + " exact, " + reported + " reported, " + violations.Count + " violations");
            Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
        }

        [TestMethod]
        [DataRow(10)]
        [DataRow(50)]
        [DataRow(150)]
        public void ReadsFailingAtRandomNeverLoseOrRevertARecord(int perMille)
        {
            SimulatedNorFlash part = new SimulatedNorFlash(256, 4, 4);
            FaultyNorFlash faulty = new FaultyNorFlash(part);
            FlashFaultModel model = new FlashFaultModel();
            Random random = new Random(perMille);
            faulty.FailAtRandom(perMille, 0, 0, (uint)perMille * 7919);
            RecordStore store = MountRetrying(faulty, 48);
            int mounts = 1;
            for (int round = 0; round < 400; round++)
            {
                Workload(faulty, 48, model, random, 25, store);
                store = MountRetrying(faulty, 48);
                mounts++;
                Assert.AreEqual(0, store.Statistics.DamagedRecords, "a failed read never damages anything");
                Assert.AreEqual(0, store.Statistics.CrcFailuresAtMount, "a failed read is never a CRC failure");
                model.Check(store, "round " + round);
            }

            TestContext.WriteLine(perMille / 10.0 + "% of reads failing: " + faulty.InjectedReadFailures + " failed reads over " + faulty.Reads
                + ", " + mounts + " mounts; reads " + model.Exact + " exact, " + model.Reported + " explicit errors, " + model.Violations.Count + " violations");
            Assert.AreEqual(0, model.Violations.Count, string.Join("\n", model.Violations));
            Assert.IsTrue(model.Exact > 2000, "reads checked: " + model.Exact);
        }

        [TestMethod]
        [DataRow(256, 4, 4, 48, 1)]
        [DataRow(256, 4, 8, 48, 2)]
        [DataRow(128, 3, 4, 20, 3)]
        [DataRow(512, 6, 4, 100, 4)]
        public void EveryFaultTogetherOverManyOperationsKeepsTheRule(int sectorSize, int sectors, int unit, int longest, int seed)
        {
            SimulatedNorFlash part = new SimulatedNorFlash(sectorSize, sectors, unit);
            FaultyNorFlash faulty = new FaultyNorFlash(part);
            FlashFaultModel model = new FlashFaultModel();
            Random random = new Random(seed);
            faulty.FailAtRandom(50, 20, 20, (uint)seed * 12345);
            RecordStore store = MountRetrying(faulty, longest);
            int flips = 0;
            int rounds = 10000;
            for (int round = 0; round < rounds; round++)
            {
                Workload(faulty, longest, model, random, 20, store);
                if (random.Next(3) == 0)
                {
                    int bit = random.Next(part.Size * 8);
                    part.Corrupt(bit / 8, (byte)(part.ByteAt(bit / 8) ^ (1 << (bit % 8))));
                    flips++;
                }

                store = MountRetrying(faulty, longest);
                model.Check(store, "round " + round);
            }

            TestContext.WriteLine(sectors + " x " + sectorSize + " B, unit " + unit + ": " + rounds + " rounds of 20 operations: "
                + faulty.InjectedReadFailures + " failed reads, " + faulty.InjectedProgramFailures + " failed programs, "
                + faulty.InjectedEraseFailures + " failed erases, " + flips + " flipped bits, " + rounds + " mounts; reads "
                + model.Exact + " exact, " + model.Reported + " reported, " + model.Violations.Count + " violations");
            Assert.AreEqual(0, model.Violations.Count, string.Join("\n", model.Violations.GetRange(0, Math.Min(20, model.Violations.Count))));
        }

        [TestMethod]
        [DataRow(256, 4, 4, 48)]
        [DataRow(128, 3, 4, 20)]
        [DataRow(256, 4, 8, 48)]
        public void EveryReadOfAMountFailingOnceOrForGoodLosesNothing(int sectorSize, int sectors, int unit, int longest)
        {
            FlashFaultModel model = new FlashFaultModel();
            SimulatedNorFlash part = new SimulatedNorFlash(sectorSize, sectors, unit);
            Workload(part, longest, model, new Random(sectorSize + unit), 80);
            byte[] image = new byte[part.Size];
            part.CopyImageTo(image);
            FaultyNorFlash counting = new FaultyNorFlash(Copy(image, sectorSize, sectors, unit));
            new RecordStore("count", counting, 8, longest).TryMount();
            int reads = counting.Reads;
            for (int read = 0; read < reads; read++)
            {
                FaultyNorFlash once = new FaultyNorFlash(Copy(image, sectorSize, sectors, unit));
                once.FailRead(read, false);
                RecordStore store = new RecordStore("once", once, 8, longest);
                Assert.AreEqual(StoreResult.Ok, store.TryMount(), "read " + read + " failing once");
                model.Check(store, "read " + read + " failing once");

                FaultyNorFlash broken = new FaultyNorFlash(Copy(image, sectorSize, sectors, unit));
                broken.FailRead(read, true);
                store = new RecordStore("broken", broken, 8, longest);
                Assert.AreEqual(StoreResult.FlashFailed, store.TryMount(), "read " + read + " failing for good");
                Assert.AreEqual(0, broken.Programs + broken.Erases, "read " + read + ": nothing written by a mount that could not read");
                broken.Heal();
                Assert.AreEqual(StoreResult.Ok, store.TryMount());
                model.Check(store, "read " + read + " failing for good, then healed");
            }

            TestContext.WriteLine(sectors + " x " + sectorSize + " B, unit " + unit + ": each of " + reads + " mount reads failing once and for good; reads "
                + model.Exact + " exact, " + model.Violations.Count + " violations");
            Assert.AreEqual(0, model.Violations.Count, string.Join("\n", model.Violations));
            Assert.AreEqual(0, model.Reported);
        }

        private static SimulatedNorFlash Copy(byte[] image, int sectorSize, int sectors, int unit)
        {
            SimulatedNorFlash part = new SimulatedNorFlash(sectorSize, sectors, unit);
            part.LoadImage(image);
            return part;
        }

        [TestMethod]
        public void APowerCutWhileTheMountMarksDamageLosesNeitherTheMarkNorTheRest()
        {
            // A damaged image: 8 random flips per try until a mount has damaged ids to mark and an unreadable sector to count.
            FlashFaultModel model = new FlashFaultModel();
            SimulatedNorFlash part = new SimulatedNorFlash(256, 4, 4);
            Workload(part, 48, model, new Random(11), 80);
            byte[] clean = new byte[part.Size];
            part.CopyImageTo(clean);
            Random random = new Random(12);
            int cuts = 0;
            int images = 0;
            List<string> violations = new List<string>();
            while (images < 100)
            {
                SimulatedNorFlash probe = Copy(clean, 256, 4, 4);
                for (int f = 0; f < 8; f++)
                {
                    int bit = random.Next(clean.Length * 8);
                    probe.Corrupt(bit / 8, (byte)(probe.ByteAt(bit / 8) ^ (1 << (bit % 8))));
                }

                byte[] damaged = new byte[probe.Size];
                probe.CopyImageTo(damaged);
                if (new RecordStore("probe", probe, 8, 48).TryMount() != StoreResult.Damaged || probe.ProgrammedBytes == 0)
                {
                    continue;
                }

                images++;
                for (long cut = 0; cut < probe.ProgrammedBytes; cut++)
                {
                    SimulatedNorFlash flash = Copy(damaged, 256, 4, 4);
                    flash.CutPowerAfterProgrammedBytes(cut);
                    new RecordStore("cut", flash, 8, 48).TryMount();
                    flash.RestorePower();
                    FlashFaultModel branch = model.Clone();
                    RecordStore store = new RecordStore("after", flash, 8, 48);
                    store.TryMount();
                    branch.Check(store, "image " + images + ", cut at byte " + cut + " of the marking mount");
                    violations.AddRange(branch.Violations);
                    cuts++;
                }
            }

            TestContext.WriteLine(images + " damaged images, " + cuts + " power cuts during the mount that marks their damage, " + violations.Count + " violations");
            Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
        }

        /// <summary>Mounts until a mount gets past its reads, as a board that reboots would.</summary>
        private static RecordStore MountRetrying(FaultyNorFlash faulty, int longest)
        {
            for (int attempt = 0; attempt < 1000; attempt++)
            {
                RecordStore store = new RecordStore("faults", faulty, 8, longest);
                if (store.TryMount() != StoreResult.FlashFailed || store.IsMounted)
                {
                    return store;
                }
            }

            throw new AssertFailedException("no mount got past its reads in 1000 tries");
        }

        /// <summary>Random writes, overwrites and deletes of ids 1..6 on store (mounted over part when not given), told to model.</summary>
        private static void Workload(Keel.Drivers.Ports.INorFlash part, int longest, FlashFaultModel model, Random random, int operations, RecordStore store = null)
        {
            if (store == null)
            {
                store = new RecordStore("work", part, 8, longest);
                Assert.AreEqual(StoreResult.Ok, store.TryMount());
            }

            for (int i = 0; i < operations; i++)
            {
                int id = 1 + random.Next(6);
                byte[] value = null;
                if (random.Next(5) != 0)
                {
                    value = new byte[random.Next(longest + 1)];
                    random.NextBytes(value);
                }

                StoreResult result = value == null ? store.TryDelete(id) : store.TryWrite(id, value, 0, value.Length);
                if (result == StoreResult.Ok)
                {
                    model.Acknowledged(id, value);
                }
                else if (result == StoreResult.FlashFailed)
                {
                    model.Failed(id, value);
                }
            }
        }

        /// <summary>A fresh store mounted over a part.</summary>
        private sealed class Mounted
        {
            public Mounted(SimulatedNorFlash part, int longest)
            {
                Store = new RecordStore("check", part, 8, longest);
                Store.TryMount();
            }

            public RecordStore Store { get; }
        }
    }
}
