using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Keel.Firmware.Boards;
using Keel.Sim.Board;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Keel.Tests.PcOnly
{
    /// <summary>The marked examples of README.md and docs/ work as printed: console sessions are what the simulator prints, excerpts are what the files hold.</summary>
    /// <remarks>
    /// A block marked <c>&lt;!-- sim session --&gt;</c> (or <c>sim session: --board NAME</c>) is typed into a freshly
    /// booted simulator: every line starting with "&gt; " is typed, and the block must be exactly the transcript (the boot
    /// output first, unless the block starts with a typed line). <c>sim session continued</c> goes on typing into the board
    /// of the page's previous session. A block marked <c>&lt;!-- excerpt of PATH --&gt;</c> must be lines of that file in
    /// order, a line "..." standing for any number of lines left out.
    /// </remarks>
    [TestClass]
    public class DocExampleTests
    {
        private const string Prompt = "> ";

        /// <summary>The commit the docs show for 'version': the build's own changes with every commit.</summary>
        public const string DocCommit = "1a2b3c4d5e6f";

        /// <summary>Set to 1, the session test writes what the simulator prints into the docs instead of failing.</summary>
        public const string UpdateVariable = "KEEL_UPDATE_DOCS";

        [TestMethod]
        public void EveryMarkedConsoleSessionIsWhatTheSimulatorPrints()
        {
            List<DocBlock> sessions = DocBlock.Find("sim session");
            Assert.IsTrue(sessions.Count >= 5, "the docs should mark their console sessions; found " + sessions.Count);
            SimulatedBoard board = null;
            try
            {
                CheckSessions(sessions, "sim session", block =>
                {
                    board?.Dispose();
                    board = new SimulatedBoard(BoardOf(block), null);
                    StringWriter output = new StringWriter();
                    ScriptRunner runner = new ScriptRunner(board, output);
                    string boot = output.ToString();
                    Func<string, string> type = line =>
                    {
                        output.GetStringBuilder().Clear();
                        runner.Run(new[] { line });
                        return output.ToString();
                    };
                    return Tuple.Create(boot, type);
                });
            }
            finally
            {
                board?.Dispose();
            }
        }

        [TestMethod]
        public void EveryExampleBoardSessionIsWhatTheConsolePrints()
        {
            List<DocBlock> sessions = DocBlock.Find("example board session");
            Assert.IsTrue(sessions.Any(b => b.Page == "docs/pools.md"), "docs/pools.md should show the example board's console");
            CheckSessions(sessions, "example board session", block =>
            {
                ExampleBoardConsole example = new ExampleBoardConsole();
                return Tuple.Create("", (Func<string, string>)example.Transcript);
            });
        }

        /// <summary>Types each block's lines into the board its marker names (a fresh one from boot, or the page's previous one when 'continued') and compares.</summary>
        private static void CheckSessions(List<DocBlock> sessions, string marker, Func<DocBlock, Tuple<string, Func<string, string>>> boot)
        {
            Func<string, string> type = null;
            string page = null;
            Dictionary<string, int> shifts = new Dictionary<string, int>();
            foreach (DocBlock block in sessions)
            {
                string transcript = "";
                if (block.Marker == marker + " continued")
                {
                    Assert.AreEqual(page, block.Page, block + ": 'continued' needs a session before it on the same page");
                }
                else
                {
                    Tuple<string, Func<string, string>> booted = boot(block);
                    type = booted.Item2;
                    page = block.Page;
                    if (!block.Text.StartsWith(Prompt, StringComparison.Ordinal))
                    {
                        transcript = booted.Item1;
                    }
                }

                foreach (string line in block.Text.Split('\n').Where(l => l.StartsWith(Prompt, StringComparison.Ordinal)))
                {
                    transcript += type(line.Substring(Prompt.Length));
                }

                transcript = WithDocCommit(transcript.Replace("\r\n", "\n"));
                if (transcript != block.Text && Environment.GetEnvironmentVariable(UpdateVariable) == "1")
                {
                    shifts.TryGetValue(block.Page, out int shift);
                    shifts[block.Page] = shift + Rewrite(block, block.Line + shift, transcript);
                    continue;
                }

                Assert.AreEqual(transcript, block.Text,
                    block + ": the block should be what the console prints (run this test with " + UpdateVariable + "=1 to rewrite the blocks, then read the diff)");
            }
        }

        /// <summary>The transcript with the build's commit written as <see cref="DocCommit"/>.</summary>
        private static string WithDocCommit(string transcript) => transcript
            .Replace("(commit " + Keel.Console.KeelVersion.Commit + ")", "(commit " + DocCommit + ")")
            .Replace("keel.commit=" + Keel.Console.KeelVersion.Commit + "\n", "keel.commit=" + DocCommit + "\n");

        [TestMethod]
        public void EveryMarkedExcerptIsWhatItsFileHolds()
        {
            List<DocBlock> excerpts = DocBlock.Find("excerpt of ");
            Assert.IsTrue(excerpts.Any(b => b.Marker == "excerpt of firmware/Boards/Esp32DevKitC.cs"),
                "docs/board-config.md should show the DevKitC's class as an excerpt");
            foreach (DocBlock block in excerpts)
            {
                string path = Path.Combine(RepositoryRoot.Path, block.Marker.Substring("excerpt of ".Length));
                Assert.IsTrue(File.Exists(path), block + ": no such file");
                string[] file = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
                string[] shown = block.Text.TrimEnd('\n').Split('\n');
                int at = 0;
                bool skipping = true;
                foreach (string line in shown)
                {
                    if (line.Trim() == "...")
                    {
                        skipping = true;
                        continue;
                    }

                    int found = Array.IndexOf(file, line, at);
                    Assert.IsTrue(found >= 0 && (skipping || found == at),
                        block + ": the line '" + line + "' is not " + (skipping ? "in " : "next in ") + path + " (after line " + at + ")");
                    at = found + 1;
                    skipping = false;
                }
            }
        }

        /// <summary>Puts the transcript in place of the block that now starts at line; returns how many lines the page grew by.</summary>
        private static int Rewrite(DocBlock block, int line, string transcript)
        {
            string path = Path.Combine(RepositoryRoot.Path, block.Page);
            List<string> lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n').ToList();
            int count = block.Text == "\n" ? 0 : block.Text.TrimEnd('\n').Split('\n').Length;
            string[] written = transcript.TrimEnd('\n').Split('\n');
            lines.RemoveRange(line - 1, count);
            lines.InsertRange(line - 1, written);
            File.WriteAllText(path, string.Join("\n", lines));
            System.Console.WriteLine("rewrote " + block);
            return written.Length - count;
        }

        [TestMethod]
        public void EveryLinkBetweenThePagesLeadsToAFile()
        {
            foreach (string page in DocBlock.Pages())
            {
                string text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, page));
                string folder = Path.GetDirectoryName(Path.Combine(RepositoryRoot.Path, page));
                foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(text, "\\]\\(([^)#:]+)(#[^)]*)?\\)"))
                {
                    string target = Path.Combine(folder, link.Groups[1].Value);
                    Assert.IsTrue(File.Exists(target) || Directory.Exists(target), page + " links to " + link.Groups[1].Value + ", which does not exist");
                }
            }
        }

        private static BoardConfig BoardOf(DocBlock block)
        {
            string options = block.Marker.Length > "sim session".Length ? block.Marker.Substring("sim session".Length).TrimStart(':').Trim() : "";
            if (options.Length == 0)
            {
                return Esp32DevKitC.Describe();
            }

            string[] words = options.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.IsTrue(words.Length == 2 && words[0] == "--board", block + ": a session takes '--board NAME' or nothing");
            BoardConfig board = BoardList.Find(words[1]);
            Assert.IsNotNull(board, block + ": no board named " + words[1]);
            return board;
        }
    }
}
