using System;
using Keel.Console;
using Keel.Console.Commands;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class CommandTableTests
    {
        [TestMethod]
        public void CommandsAreFoundByTheFirstWordInTheOrderAdded()
        {
            CommandTable table = new CommandTable(3);
            SayCommand say = new SayCommand();
            table.Add(new HelpCommand());
            table.Add(say);
            Assert.AreEqual(2, table.Count);
            Assert.AreSame(say, table.Get(1));
            Assert.AreSame(say, table.Find("say"));
            Assert.IsNull(table.Find("sa"));

            CommandLine line = new CommandLine();
            byte[] text = Ascii.Bytes(" say hello");
            line.Parse(text, text.Length);
            Assert.AreSame(say, table.Find(line));
        }

        [TestMethod]
        public void AFullTableIsABootErrorThatSaysWhatToRaise()
        {
            CommandTable table = new CommandTable(1);
            table.Add(new HelpCommand());
            Assert.ThrowsException(typeof(InvalidOperationException), () => table.Add(new SayCommand()));
            string message = ErrorMessage.Of(() => table.Add(new SayCommand()));
            Assert.Contains("'say'", message);
            Assert.Contains("raise its command count in the board config", message);
        }

        [TestMethod]
        public void TwoCommandsWithOneNameAreABootError()
        {
            CommandTable table = new CommandTable(4);
            table.Add(new SayCommand());
            Assert.ThrowsException(typeof(ArgumentException), () => table.Add(new SayCommand()));
            Assert.Contains("Two console commands are named 'say'", ErrorMessage.Of(() => table.Add(new SayCommand())));
        }

        [TestMethod]
        public void TheStandardCommandsFitTheirDeclaredCount()
        {
            CommandTable table = new CommandTable(StandardCommands.Count);
            StandardCommands.AddTo(table, ConsoleRig.CreatePlan(), null, new FixedClock());
            Assert.AreEqual(StandardCommands.Count, table.Count);
            Assert.IsNotNull(table.Find("stats"));
            Assert.IsNotNull(table.Find("unlock"));
        }
    }
}
