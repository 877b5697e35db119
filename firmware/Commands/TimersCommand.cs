using Keel.Console;
using Keel.Drivers.Timers;

namespace Keel.Firmware.Commands
{
    /// <summary>The timers command: timers in use and running, fired, missed periods, worst lateness and handler failures.</summary>
    public class TimersCommand : ConsoleCommand
    {
        private readonly TimerService _timers;

        public TimersCommand(TimerService timers)
            : base("timers", "timers", "timers in use, fired, missed periods, max lateness, handler failures")
        {
            _timers = timers;
        }

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair("timers.capacity", _timers.Capacity);
                output.Pair("timers.in_use", _timers.InUse);
                output.Pair("timers.running", _timers.Running);
                output.Pair("timers.high_water", _timers.HighWater);
                output.Pair("timers.create_failures", _timers.Failures);
                output.Pair("timers.fired", _timers.Fired);
                output.Pair("timers.missed_periods", _timers.MissedPeriods);
                output.Pair("timers.max_lateness_microseconds", _timers.MaxLatenessMicroseconds);
                output.Pair("timers.handler_failures", _timers.HandlerFailures);
                return;
            }

            output.TextColumn("timers in use", ConsoleOutput.LabelWidth);
            output.Decimal(_timers.InUse);
            output.Text(" of ");
            output.Decimal(_timers.Capacity);
            output.Text("  ");
            output.UsageBar(_timers.InUse, _timers.HighWater, _timers.Capacity, 10);
            output.NewLine();
            output.Field("running", _timers.Running);
            output.Field("high water", _timers.HighWater);
            output.Field("create failures", _timers.Failures);
            output.Field("fired", _timers.Fired);
            output.Field("missed periods", _timers.MissedPeriods);
            output.Field("max lateness", _timers.MaxLatenessMicroseconds, " us");
            output.Field("handler failures", _timers.HandlerFailures);
        }
    }
}
