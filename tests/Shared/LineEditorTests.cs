using System;
using Keel.Console;
using nanoFramework.TestFramework;

namespace Keel.Tests
{
    [TestClass]
    public class LineEditorTests
    {
        [TestMethod]
        public void PrintableBytesBuildTheLineAndALineEndHandsItOver()
        {
            LineEditor editor = new LineEditor(16);
            Assert.AreEqual((int)LineEvent.Stored, (int)editor.Accept((byte)'o'));
            Assert.AreEqual((int)LineEvent.Stored, (int)editor.Accept((byte)'k'));
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual("ok", LineOf(editor));

            // The LF of CRLF is not a second line end; the next byte starts a fresh line.
            Assert.AreEqual((int)LineEvent.None, (int)editor.Accept(0x0A));
            Assert.AreEqual((int)LineEvent.Stored, (int)editor.Accept((byte)'x'));
            Assert.AreEqual("x", LineOf(editor));
        }

        [TestMethod]
        public void LfAloneAndCrAloneEachEndALineButLfThenCrEndsTwo()
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'a');
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0A));
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual(0, editor.Length);
        }

        [TestMethod]
        public void BackspaceAndDeleteEraseTheLastCharacterAndNothingOnAnEmptyLine()
        {
            LineEditor editor = new LineEditor(16);
            Assert.AreEqual((int)LineEvent.None, (int)editor.Accept(0x08));
            editor.Accept((byte)'a');
            editor.Accept((byte)'b');
            Assert.AreEqual((int)LineEvent.Erased, (int)editor.Accept(0x08));
            editor.Accept((byte)'c');
            Assert.AreEqual((int)LineEvent.Erased, (int)editor.Accept(0x7F));
            editor.Accept((byte)'d');
            editor.Accept(0x0A);
            Assert.AreEqual("ad", LineOf(editor));
        }

        [TestMethod]
        public void ALineLongerThanTheBufferIsDiscardedWholeNotCut()
        {
            LineEditor editor = new LineEditor(8);
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual((int)LineEvent.Stored, (int)editor.Accept((byte)'a'));
            }

            Assert.AreEqual((int)LineEvent.None, (int)editor.Accept((byte)'b'));

            // Erasing after the overflow cannot bring the cut line back.
            Assert.AreEqual((int)LineEvent.None, (int)editor.Accept(0x08));
            Assert.AreEqual((int)LineEvent.DiscardedTooLong, (int)editor.Accept(0x0A));
            Assert.AreEqual(0, editor.Length);

            editor.Accept((byte)'z');
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0A));
            Assert.AreEqual("z", LineOf(editor));
        }

        [TestMethod]
        public void ALineOfExactlyTheCapacityIsKept()
        {
            LineEditor editor = new LineEditor(8);
            for (int i = 0; i < 8; i++)
            {
                editor.Accept((byte)('0' + i));
            }

            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual("01234567", LineOf(editor));
        }

        [TestMethod]
        [DataRow(0x00)]
        [DataRow(0x01)]
        [DataRow(0x07)]
        [DataRow(0x80)]
        [DataRow(0xFF)]
        public void ALineWithANonPrintableByteIsDiscardedAndTheNextLineIsClean(int noise)
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'a');
            Assert.AreEqual((int)LineEvent.Stored, (int)editor.Accept((byte)noise), "kept, so the echo ('?') and the line agree");
            Assert.IsFalse(editor.IsClean);
            editor.Accept((byte)'b');
            Assert.AreEqual((int)LineEvent.DiscardedNoise, (int)editor.Accept(0x0D));

            editor.Accept((byte)'c');
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual("c", LineOf(editor));
        }

        [TestMethod]
        public void ANoiseByteErasedBeforeTheLineEndsLeavesAGoodLine()
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'m');
            editor.Accept(0x01);
            Assert.AreEqual((int)LineEvent.Erased, (int)editor.Accept(0x08));
            editor.Accept((byte)'e');
            editor.Accept((byte)'m');
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual("mem", LineOf(editor));
        }

        [TestMethod]
        public void TheEscKeyAloneIsDroppedAndTheNextByteIsTyped()
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'a');
            Assert.AreEqual((int)LineEvent.None, (int)editor.Accept(0x1B));
            Assert.AreEqual((int)LineEvent.Stored, (int)editor.Accept((byte)'b'));
            editor.Accept(0x1B);
            Assert.AreEqual((int)LineEvent.Erased, (int)editor.Accept(0x08));
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual("a", LineOf(editor));
        }

        [TestMethod]
        public void EscapeSequencesAreTakenWholeArrowsAskForTheHistoryOtherKeysAreIgnoredAndCounted()
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'a');
            Assert.AreEqual((int)LineEvent.None, (int)editor.Accept(0x1B));
            Assert.AreEqual((int)LineEvent.None, (int)editor.Accept((byte)'['));
            Assert.AreEqual((int)LineEvent.Previous, (int)editor.Accept((byte)'A'));
            editor.Accept(0x1B);
            editor.Accept((byte)'O');
            Assert.AreEqual((int)LineEvent.Next, (int)editor.Accept((byte)'B'));

            // Right arrow, Ctrl-right (ESC [ 1 ; 5 C) and F5 (ESC [ 1 5 ~): nothing typed, counted.
            byte[] keys = Ascii.Bytes("\u001b[C\u001b[1;5C\u001b[15~");
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.AreEqual((int)LineEvent.None, (int)editor.Accept(keys[i]));
            }

            Assert.AreEqual(3L, editor.IgnoredKeys);
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual("a", LineOf(editor));
        }

        [TestMethod]
        public void ALineEndInsideAnEscapeSequenceStillEndsTheLine()
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'a');
            editor.Accept(0x1B);
            editor.Accept((byte)'[');
            editor.Accept((byte)'1');
            Assert.AreEqual((int)LineEvent.Ended, (int)editor.Accept(0x0D));
            Assert.AreEqual("a", LineOf(editor));
        }

        [TestMethod]
        public void CtrlCAndCtrlUDropTheLineTypedSoFar()
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'a');
            Assert.AreEqual((int)LineEvent.Cancelled, (int)editor.Accept(0x03));
            editor.Accept((byte)'b');
            Assert.AreEqual((int)LineEvent.Cancelled, (int)editor.Accept(0x15));
            editor.Accept((byte)'c');
            editor.Accept(0x0A);
            Assert.AreEqual("c", LineOf(editor));
        }

        [TestMethod]
        public void ATabAsksForCompletionWhenTheConsoleCompletes()
        {
            LineEditor editor = new LineEditor(16, true);
            editor.Accept((byte)'a');
            Assert.AreEqual((int)LineEvent.Complete, (int)editor.Accept(0x09));
            Assert.AreEqual(1, editor.Length);
        }

        [TestMethod]
        public void ATabCountsAsASpace()
        {
            LineEditor editor = new LineEditor(16);
            editor.Accept((byte)'a');
            editor.Accept(0x09);
            editor.Accept((byte)'b');
            editor.Accept(0x0A);
            Assert.AreEqual("a b", LineOf(editor));
        }

        [TestMethod]
        public void ATooSmallBufferIsABootError()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new LineEditor(4));
            Assert.Contains("board config", ErrorMessage.Of(() => new LineEditor(4)));
        }

        private static string LineOf(LineEditor editor)
        {
            return Ascii.Text(editor.Buffer, 0, editor.Length);
        }
    }
}
