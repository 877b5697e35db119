using System;

namespace Keel.Console.Commands
{
    /// <summary>The uptime command: time since boot, as days and h:mm:ss.mmm, or microseconds under --kv.</summary>
    public class UptimeCommand : ConsoleCommand
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string MicrosecondsKey = "uptime.microseconds";
        private static readonly string UptimeStart = "uptime ";
        private static readonly string DaysUnit = "d ";

        private const long MicrosecondsPerMillisecond = 1000;
        private const long MillisecondsPerSecond = 1000;
        private const long SecondsPerDay = 86400;

        private readonly IUptimeClock _clock;

        public UptimeCommand(IUptimeClock clock)
            : base("uptime", "uptime", "time since boot")
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock", "The uptime command needs the firmware's clock.");
            }

            _clock = clock;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            long microseconds = _clock.UptimeMicroseconds;
            if (microseconds < 0)
            {
                microseconds = 0;
            }

            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(MicrosecondsKey, microseconds);
                return;
            }

            long milliseconds = microseconds / MicrosecondsPerMillisecond;
            long seconds = milliseconds / MillisecondsPerSecond;
            output.Text(UptimeStart);
            output.Decimal(seconds / SecondsPerDay);
            output.Text(DaysUnit);
            output.DecimalPadded(seconds % SecondsPerDay / 3600, 2);
            output.Character(':');
            output.DecimalPadded(seconds % 3600 / 60, 2);
            output.Character(':');
            output.DecimalPadded(seconds % 60, 2);
            output.Character('.');
            output.DecimalPadded(milliseconds % MillisecondsPerSecond, 3);
            output.NewLine();
        }
    }
}
