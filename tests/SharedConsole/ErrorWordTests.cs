using nanoFramework.TestFramework;

namespace Keel.Tests
{
    /// <summary>An error quotes the word that is wrong: the first one a command cannot use, not a good word before it.</summary>
    [TestClass]
    public class ErrorWordTests
    {
        [TestMethod]
        [DataRow("stats reset now", "error: unexpected argument 'now'; usage: stats reset\r\n")]
        [DataRow("stats now reset", "error: unknown action 'now'; usage: stats reset\r\n")]
        [DataRow("mem collect now", "error: unexpected argument 'now'; usage: mem [collect]\r\n")]
        [DataRow("mem now collect", "error: unknown action 'now'; usage: mem [collect]\r\n")]
        [DataRow("pool nope timers", "error: no pool or ring named 'nope' (see 'pools'); usage: pool NAME\r\n")]
        [DataRow("pool timers nope", "error: unexpected argument 'nope'; usage: pool NAME\r\n")]
        [DataRow("help nope", "error: no command named 'nope' (see 'help'); usage: help [COMMAND]\r\n")]
        [DataRow("help mem nope", "error: unexpected argument 'nope'; usage: help [COMMAND]\r\n")]
        [DataRow("check now", "error: unexpected argument 'now'; usage: check\r\n")]
        [DataRow("uptime now", "error: unexpected argument 'now'; usage: uptime\r\n")]
        [DataRow("version now", "error: unexpected argument 'now'; usage: version\r\n")]
        [DataRow("unlock now", "error: unexpected argument 'now'; usage: unlock\r\n")]
        [DataRow("lock now", "error: unexpected argument 'now'; usage: lock\r\n")]
        [DataRow("pools now", "error: unexpected argument 'now'; usage: pools\r\n")]
        public void StandardCommandsQuoteTheWrongWord(string line, string expected)
        {
            ConsoleRig rig = new ConsoleRig();
            rig.Type("unlock\r\n");
            Assert.AreEqual(expected, rig.Type(line + "\r\n"));
        }

        [TestMethod]
        [DataRow("flash erase now", "error: unexpected argument 'now'; usage: ")]
        [DataRow("flash now erase", "error: unknown action 'now'; usage: ")]
        [DataRow("gpio x 1", "error: pin 'x' is not a pin number; usage: ")]
        [DataRow("gpio 2 x", "error: level 'x' is not 0 or 1; usage: ")]
        [DataRow("gpio 2 1 now", "error: unexpected argument 'now'; usage: ")]
        [DataRow("gpio 2", "error: give a pin and a level; usage: ")]
        [DataRow("timers now", "error: unexpected argument 'now'; usage: ")]
        public void DriverCommandsQuoteTheWrongWord(string line, string expected)
        {
            DriverCommandRig rig = new DriverCommandRig();
            rig.Type("unlock");
            string answer = rig.Type(line);
            Assert.IsTrue(answer.StartsWith(expected), line + " answered " + answer);
            Assert.AreEqual(1, TableAssert.Lines(answer).Length, line + " answered " + answer);
        }

        [TestMethod]
        public void HelpWithACommandShowsItsUsageAndHelp()
        {
            ConsoleRig rig = new ConsoleRig();
            Assert.AreEqual("usage: mem [collect]\r\nheap at boot, collections since boot, the plan's totals; collect: free heap now (a pause)\r\n",
                rig.Type("help mem\r\n"));
            Assert.AreEqual("usage: help [COMMAND]\r\nlists the commands, or one command's usage and help\r\n", rig.Type("help help\r\n"));
            Assert.AreEqual("command.pool.usage=pool NAME\r\ncommand.pool.help=one pool or ring in detail, with its size classes or owners\r\nstatus=ok\r\n",
                rig.Type("help pool --kv\r\n"));
            Assert.AreEqual(0, rig.Console.Errors);
        }
    }
}
