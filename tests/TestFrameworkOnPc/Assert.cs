using System;
using MSTestAssert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace nanoFramework.TestFramework
{
    /// <summary>nanoFramework's Assert on the PC: the subset Keel's shared tests use, forwarded to MSTest.</summary>
    /// <remarks>
    /// Add a member here only when nanoFramework.TestFramework 3.x has it with the same
    /// signature, so a test that compiles on the PC also compiles for the device (the gate compiles
    /// tests/Shared against the real ../shared/nanoclr/ref/nanoFramework.TestFramework.dll).
    /// </remarks>
    public static class Assert
    {
        public static void AreEqual(int expected, int actual, string message = "")
        {
            MSTestAssert.AreEqual(expected, actual, message);
        }

        public static void AreEqual(long expected, long actual, string message = "")
        {
            MSTestAssert.AreEqual(expected, actual, message);
        }

        public static void AreEqual(uint expected, uint actual, string message = "")
        {
            MSTestAssert.AreEqual(expected, actual, message);
        }

        public static void AreEqual(byte expected, byte actual, string message = "")
        {
            MSTestAssert.AreEqual(expected, actual, message);
        }

        public static void AreEqual(bool expected, bool actual, string message = "")
        {
            MSTestAssert.AreEqual(expected, actual, message);
        }

        public static void AreEqual(string expected, string actual, string message = "")
        {
            MSTestAssert.AreEqual(expected, actual, message);
        }

        public static void AreNotEqual(int notExpected, int actual, string message = "")
        {
            MSTestAssert.AreNotEqual(notExpected, actual, message);
        }

        public static void IsTrue(bool condition, string message = "")
        {
            MSTestAssert.IsTrue(condition, message);
        }

        public static void IsFalse(bool condition, string message = "")
        {
            MSTestAssert.IsFalse(condition, message);
        }

        public static void IsNull(object value, string message = "")
        {
            MSTestAssert.IsNull(value, message);
        }

        public static void IsNotNull(object value, string message = "")
        {
            MSTestAssert.IsNotNull(value, message);
        }

        public static void AreSame(object expected, object actual, string message = "")
        {
            MSTestAssert.AreSame(expected, actual, message);
        }

        /// <summary>Passes only when action throws exactly exceptionType, as on the device.</summary>
        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception thrown)
            {
                MSTestAssert.AreEqual(exceptionType, thrown.GetType(), message + " (wrong exception: " + thrown.Message + ")");
                return;
            }

            MSTestAssert.Fail("Expected " + exceptionType.Name + " but nothing was thrown. " + message);
        }

        public static void Contains(string expected, string actual, string message = "")
        {
            MSTestAssert.Contains(expected, actual, message);
        }

        public static void StartsWith(string expected, string actual, string message = "")
        {
            MSTestAssert.StartsWith(expected, actual, message);
        }
    }
}
