using System;
using System.Collections.Generic;
using Keel.Drivers.Flash;
using Keel.Sim.Flash;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>
    /// Power cut at every point of a scripted workload (every programmed byte, every erase at
    /// three stages), each in its own run from a blank flash; then mount and check against the
    /// model: every completed write is there, the interrupted one is old or new, nothing else
    /// changed, and the store goes on working. Then the same with a second cut at every point
    /// of the recovery mount that follows the first.
    /// </summary>
    /// <remarks>
    /// The workload (<see cref="FlashWorkload.Scripted"/>) runs on 4 sectors of 256 bytes: small
    /// enough that the ~60 operations reclaim every sector several times, and that the whole
    /// suite (6,407 single and 36,086 second cut points for the two program units) takes 10 to 20 seconds on a busy two-core machine.
    /// </remarks>
    [TestClass]
    public class PowerCutTests
    {
        private const int SectorSize = 256;
        private const int Sectors = 4;
        private const int IndexCapacity = 8;
        private const int MaxRecordLength = 48;

        // Cut while nothing, half, and all but the last byte of the sector is erased from its start
        // (the rest half erased); and with 0, 1 and half of it erased from its end, the rest untouched.
        private static readonly int[] EraseProgress = { 0, SectorSize / 2, SectorSize - 1 };
        private static readonly int[] EraseFromEndProgress = { 0, 1, SectorSize / 2 };

        public TestContext TestContext { get; set; }

        [TestMethod]
        [DataRow(1)]
        [DataRow(8)]
        public void EveryCutPointOfTheWorkloadRecoversToTheModel(int programUnit)
        {
            Harness harness = new Harness(programUnit);
            int cutPoints = 0;
            harness.ForEachCutPoint(harness.ProgrammedBytesOfWholeRun, harness.ProgramCallsOfWholeRun, harness.ErasesOfWholeRun, (arm, what) =>
            {
                SimulatedNorFlash flash = harness.NewFlash();
                Dictionary<int, byte[]> model = new Dictionary<int, byte[]>();
                int interrupted = harness.RunUntilCut(flash, arm, model);
                Assert.IsTrue(interrupted >= 0, what + " lies inside the workload, so it must cut");
                flash.RestorePower();
                harness.RecoverAndCheck(flash, interrupted, model, "unit " + programUnit + ", " + what + " in " + harness.Describe(interrupted));
                cutPoints++;
            });

            int eraseStages = EraseProgress.Length + EraseFromEndProgress.Length;
            TestContext.WriteLine("program unit " + programUnit + ": " + cutPoints + " single cut points ("
                + harness.ProgrammedBytesOfWholeRun + " programmed bytes, " + harness.ProgramCallsOfWholeRun + " program calls cut before they begin, "
                + harness.ErasesOfWholeRun + " erases x " + eraseStages + " stages), " + harness.Workload.Operations.Count + " operations");
            Assert.AreEqual(harness.ProgrammedBytesOfWholeRun + harness.ProgramCallsOfWholeRun + harness.ErasesOfWholeRun * eraseStages, cutPoints);
            Assert.IsTrue(harness.ReclaimsOfWholeRun >= 2 * Sectors, "the workload reclaims every sector more than once: " + harness.ReclaimsOfWholeRun);
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(8)]
        public void ASecondCutDuringTheRecoveryAlsoRecovers(int programUnit)
        {
            Harness harness = new Harness(programUnit);
            int firstCuts = 0;
            int secondCuts = 0;
            int recoveriesThatWrite = 0;
            harness.ForEachCutPoint(harness.ProgrammedBytesOfWholeRun, harness.ProgramCallsOfWholeRun, harness.ErasesOfWholeRun, (arm, what) =>
            {
                SimulatedNorFlash flash = harness.NewFlash();
                Dictionary<int, byte[]> model = new Dictionary<int, byte[]>();
                int interrupted = harness.RunUntilCut(flash, arm, model);
                byte[] afterFirstCut = new byte[flash.Size];
                flash.CopyImageTo(afterFirstCut);
                firstCuts++;

                // What the recovery mount programs and erases, measured on a copy.
                SimulatedNorFlash probe = harness.NewFlash();
                probe.LoadImage(afterFirstCut);
                Assert.AreEqual(StoreResult.Ok, harness.NewStore(probe).TryMount(), what + ": uncut recovery");
                if (probe.ProgrammedBytes + probe.Erases > 0)
                {
                    recoveriesThatWrite++;
                }

                harness.ForEachCutPoint(probe.ProgrammedBytes, probe.ProgramCalls, probe.Erases, (armSecond, whatSecond) =>
                {
                    SimulatedNorFlash second = harness.NewFlash();
                    second.LoadImage(afterFirstCut);
                    armSecond(second);
                    harness.NewStore(second).TryMount();
                    Assert.IsFalse(second.IsPowered, whatSecond + " lies inside the recovery, so it must cut");
                    second.RestorePower();
                    harness.RecoverAndCheck(second, interrupted, new Dictionary<int, byte[]>(model),
                        "unit " + programUnit + ", " + what + " in " + harness.Describe(interrupted) + ", then " + whatSecond + " in the recovery");
                    secondCuts++;
                });
            });

            TestContext.WriteLine("program unit " + programUnit + ": " + secondCuts + " second cut points during the recoveries of "
                + firstCuts + " first cuts (" + recoveriesThatWrite + " recoveries program or erase)");
            Assert.IsTrue(recoveriesThatWrite > 0 && secondCuts > recoveriesThatWrite, "recoveries that repair something were cut");
        }

        /// <summary>Builds the runs: a blank part, a store over it, the workload, and the checks.</summary>
        private sealed class Harness
        {
            private readonly int _programUnit;

            public Harness(int programUnit)
            {
                _programUnit = programUnit;
                Workload = FlashWorkload.Scripted(MaxRecordLength);

                // The uncut run: it must succeed throughout, and it tells how many cut points there are.
                SimulatedNorFlash flash = NewFlash();
                Dictionary<int, byte[]> model = new Dictionary<int, byte[]>();
                Assert.AreEqual(-1, RunUntilCut(flash, part => { }, model));
                ProgrammedBytesOfWholeRun = flash.ProgrammedBytes;
                ProgramCallsOfWholeRun = flash.ProgramCalls;
                ErasesOfWholeRun = flash.Erases;
                RecordStore store = NewStore(flash);
                Assert.AreEqual(StoreResult.Ok, store.TryMount());
                Workload.AssertStoreMatches(store, model, "uncut run");
                ReclaimsOfWholeRun = ReclaimsOf(flash);
            }

            public FlashWorkload Workload { get; }

            public long ProgrammedBytesOfWholeRun { get; }

            public int ProgramCallsOfWholeRun { get; }

            public int ErasesOfWholeRun { get; }

            public int ReclaimsOfWholeRun { get; }

            public SimulatedNorFlash NewFlash()
            {
                return new SimulatedNorFlash(SectorSize, Sectors, _programUnit);
            }

            public RecordStore NewStore(SimulatedNorFlash flash)
            {
                return new RecordStore("cut", flash, IndexCapacity, MaxRecordLength);
            }

            /// <summary>
            /// Calls run once per cut point: inside each of programmedBytes bytes, before each of
            /// programCalls program calls, and during each of erases erases at each stage.
            /// </summary>
            public void ForEachCutPoint(long programmedBytes, int programCalls, int erases, Action<Action<SimulatedNorFlash>, string> run)
            {
                for (long bytes = 0; bytes < programmedBytes; bytes++)
                {
                    long cut = bytes;
                    run(flash => flash.CutPowerAfterProgrammedBytes(cut), "cut after programmed byte " + cut);
                }

                for (int call = 0; call < programCalls; call++)
                {
                    int cut = call;
                    run(flash => flash.CutPowerBeforeProgramCall(cut), "cut before program call " + cut);
                }

                for (int erase = 0; erase < erases; erase++)
                {
                    foreach (int progress in EraseProgress)
                    {
                        int cut = erase;
                        run(flash => flash.CutPowerDuringErase(cut, progress), "cut during erase " + cut + " at byte " + progress);
                    }

                    foreach (int progress in EraseFromEndProgress)
                    {
                        int cut = erase;
                        run(flash => flash.CutPowerDuringEraseFromEnd(cut, progress), "cut during erase " + cut + " with its last " + progress + " bytes erased");
                    }
                }
            }

            /// <summary>
            /// Mounts a blank part and runs the workload with the cut armed. Returns the step the
            /// power went in (0: the first mount, i + 1: operation i) or -1 when it never went;
            /// model receives the operations that completed.
            /// </summary>
            public int RunUntilCut(SimulatedNorFlash flash, Action<SimulatedNorFlash> arm, Dictionary<int, byte[]> model)
            {
                arm(flash);
                RecordStore store = NewStore(flash);
                StoreResult mounted = store.TryMount();
                if (!flash.IsPowered)
                {
                    return 0;
                }

                Assert.AreEqual(StoreResult.Ok, mounted, "mounting a blank part");
                for (int i = 0; i < Workload.Operations.Count; i++)
                {
                    StoreResult result = FlashWorkload.Apply(store, Workload.Operations[i]);
                    if (!flash.IsPowered)
                    {
                        return i + 1;
                    }

                    Assert.AreEqual(StoreResult.Ok, result, "operation " + i + " (" + Workload.Operations[i] + ") before any cut");
                    FlashWorkload.Apply(model, Workload.Operations[i]);
                }

                return -1;
            }

            /// <summary>
            /// Mounts after the cut and checks the guarantees, then finishes the workload on the
            /// recovered store (the interrupted operation again if it did not happen, then the rest)
            /// and checks again, then mounts once more and checks again.
            /// </summary>
            public void RecoverAndCheck(SimulatedNorFlash flash, int interrupted, Dictionary<int, byte[]> model, string where)
            {
                RecordStore store = NewStore(flash);
                Assert.AreEqual(StoreResult.Ok, store.TryMount(), where + ": mount after the cut");
                int resume = interrupted;
                if (interrupted > 0)
                {
                    FlashWorkload.Operation operation = Workload.Operations[interrupted - 1];
                    byte[] before;
                    model.TryGetValue(operation.Id, out before);
                    byte[] found = FlashWorkload.ValueOf(store, operation.Id, where);
                    bool completed = FlashWorkload.Same(found, operation.Value);
                    Assert.IsTrue(completed || FlashWorkload.Same(found, before),
                        where + ": the interrupted " + operation + " left neither the old nor the new value");
                    if (completed)
                    {
                        FlashWorkload.Apply(model, operation);
                    }
                    else
                    {
                        // As an application would, do the operation that did not happen again.
                        resume = interrupted - 1;
                    }
                }

                Workload.AssertStoreMatches(store, model, where + ", after the mount");
                for (int i = resume; i < Workload.Operations.Count; i++)
                {
                    Assert.AreEqual(StoreResult.Ok, FlashWorkload.Apply(store, Workload.Operations[i]),
                        where + ": operation " + i + " (" + Workload.Operations[i] + ") after recovery");
                    FlashWorkload.Apply(model, Workload.Operations[i]);
                }

                Workload.AssertStoreMatches(store, model, where + ", after finishing the workload");
                RecordStore remounted = NewStore(flash);
                Assert.AreEqual(StoreResult.Ok, remounted.TryMount(), where + ": mount after finishing");
                Workload.AssertStoreMatches(remounted, model, where + ", after finishing and remounting");
                Assert.AreEqual(0, remounted.Statistics.CrcFailuresAtMount, where + ": a power cut is never a CRC failure");
            }

            public string Describe(int interrupted)
            {
                return interrupted == 0 ? "the first mount" : "operation " + (interrupted - 1) + " (" + Workload.Operations[interrupted - 1] + ")";
            }

            private int ReclaimsOf(SimulatedNorFlash flash)
            {
                // Every erase after the first mount's formatting belongs to a reclaim.
                return flash.Erases - Sectors;
            }
        }
    }
}
