using System.IO;
using System.Text.RegularExpressions;
using Keel.Pools;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The memory map and the over-budget message that docs/pools.md prints for its example board are what its code produces.</summary>
    [TestClass]
    public class PoolsPageExampleTests
    {
        [TestMethod]
        public void TheMapAndTheBudgetErrorOnThePoolsPageAreWhatTheCodePrints()
        {
            string page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "pools.md")).Replace("\r\n", "\n");
            string map = Plan(24576).RenderMap().Replace("\r\n", "\n");
            Assert.IsTrue(page.Contains("```\n" + map + "```", System.StringComparison.Ordinal), "docs/pools.md should show the map:\n" + map);

            MemoryBudgetException failure = Assert.ThrowsExactly<MemoryBudgetException>(() => Plan(2048).CheckBudget());
            Assert.IsTrue(Words(page).Contains(Words(failure.Message), System.StringComparison.Ordinal),
                "docs/pools.md should show the message (wrapped as you like):\n" + failure.Message);
        }

        /// <summary>The plan of the page's code: ExampleBoard's constants.</summary>
        private static MemoryPlan Plan(int budget)
        {
            MemoryPlan plan = new MemoryPlan("example-board", budget);
            plan.Add(new SlotPool("timers", 16, 24));
            plan.Add(new BlockPool("flash-pages", 512, 4));
            plan.Add(new ByteRing("console-in", 256, OverflowPolicy.RejectNewest));
            plan.Add(new ByteRing("console-out", 2048, OverflowPolicy.OverwriteOldest));
            plan.Add(new RecordRing("gpio-edges", 64, 13, OverflowPolicy.RejectNewest));
            return plan;
        }

        private static string Words(string text) => Regex.Replace(text, "\\s+", " ");
    }
}
