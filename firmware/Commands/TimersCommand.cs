using Keel.Console;
using Keel.Drivers.Timers;
using Keel.Pools;

namespace Keel.Firmware.Commands
{
    /// <summary>The timers command: timers in use and running, fired, missed periods, worst lateness and handler failures.</summary>
    public class TimersCommand : ConsoleCommand, IResettableStatistics
    {
        // Steady-state text lives in fields: on the interpreter every executed string literal allocates.
        private static readonly string CapacityKey = "timers.capacity";
        private static readonly string InUseKey = "timers.in_use";
        private static readonly string RunningKey = "timers.running";
        private static readonly string HighWaterKey = "timers.high_water";
        private static readonly string CreateFailuresKey = "timers.create_failures";
        private static readonly string FiredKey = "timers.fired";
        private static readonly string MissedPeriodsKey = "timers.missed_periods";
        private static readonly string MaxLatenessKey = "timers.max_lateness_microseconds";
        private static readonly string HandlerFailuresKey = "timers.handler_failures";
        private static readonly string InUseLabel = "timers in use";
        private static readonly string OfText = " of ";
        private static readonly string BarGap = "  ";
        private static readonly string RunningText = "running";
        private static readonly string HighWaterText = "high water";
        private static readonly string CreateFailuresText = "create failures";
        private static readonly string FiredText = "fired";
        private static readonly string MissedPeriodsText = "missed periods";
        private static readonly string MaxLatenessText = "max lateness";
        private static readonly string MicrosecondsUnit = " us";
        private static readonly string HandlerFailuresText = "handler failures";
        private static readonly string TimerHeading = "timer";
        private static readonly string NameHeading = "name";
        private static readonly string ModeHeading = "mode";
        private static readonly string PeriodHeading = "every ms";
        private static readonly string DueHeading = "due in ms";
        private static readonly string MissedHeading = "missed";
        private static readonly string FailuresHeading = "failures";
        private static readonly string Periodic = "periodic";
        private static readonly string OneShot = "one-shot";
        private static readonly string Stopped = "stopped";
        private static readonly string None = "-";
        private static readonly string TimerGroup = "timers.";
        private static readonly string NameKey = ".name=";
        private static readonly string ModeKey = ".mode=";
        private static readonly string IntervalKey = ".interval_microseconds=";
        private static readonly string DueInKey = ".due_in_microseconds=";
        private static readonly string MissedKey = ".missed_periods=";
        private static readonly string FailuresKey = ".handler_failures=";
        private static readonly string[] Headings = { TimerHeading, NameHeading, ModeHeading, PeriodHeading, DueHeading, MissedHeading, FailuresHeading };

        private const int TimerColumn = 0;
        private const int NameColumn = 1;
        private const int ModeColumn = 2;
        private const int PeriodColumn = 3;
        private const int DueColumn = 4;
        private const int MissedColumn = 5;
        private const int FailuresColumn = 6;

        private readonly TimerService _timers;
        private readonly TableColumns _table = new TableColumns(7);

        public TimersCommand(TimerService timers)
            : base("timers", "timers", "timers in use, fired, missed periods, max lateness; each timer's period, next due, misses")
        {
            _timers = timers;
            _table.Add(0, 0, true);
            _table.Add(2, 0, false);
            _table.Add(2, 0, false);
            _table.Add(2, 0, true);
            _table.Add(2, 0, true);
            _table.Add(2, 0, true);
            _table.Add(2, 0, true);
        }

        /// <summary>'stats reset' names the timer counters so.</summary>
        public string StatisticsName => Name;

        /// <summary>Zeroes fired, missed periods, worst lateness and handler failures (stats reset).</summary>
        public void ResetStatistics() => _timers.ResetStatistics();

        public override void Run(CommandContext context)
        {
            if (!context.ExpectNoArguments())
            {
                return;
            }

            ConsoleOutput output = context.Output;
            if (context.KeyValue)
            {
                output.Pair(CapacityKey, _timers.Capacity);
                output.Pair(InUseKey, _timers.InUse);
                output.Pair(RunningKey, _timers.Running);
                output.Pair(HighWaterKey, _timers.HighWater);
                output.Pair(CreateFailuresKey, _timers.Failures);
                output.Pair(FiredKey, _timers.Fired);
                output.Pair(MissedPeriodsKey, _timers.MissedPeriods);
                output.Pair(MaxLatenessKey, _timers.MaxLatenessMicroseconds);
                output.Pair(HandlerFailuresKey, _timers.HandlerFailures);
                EachTimerPairs(output);
                return;
            }

            output.TextColumn(InUseLabel, ConsoleOutput.LabelWidth);
            output.Decimal(_timers.InUse);
            output.Text(OfText);
            output.Decimal(_timers.Capacity);
            output.Text(BarGap);
            output.UsageBar(_timers.InUse, _timers.HighWater, _timers.Capacity, 10);
            output.NewLine();
            output.Field(RunningText, _timers.Running);
            output.Field(HighWaterText, _timers.HighWater);
            output.Field(CreateFailuresText, _timers.Failures);
            output.Field(FiredText, _timers.Fired);
            output.Field(MissedPeriodsText, _timers.MissedPeriods);
            output.Field(MaxLatenessText, _timers.MaxLatenessMicroseconds, MicrosecondsUnit);
            output.Field(HandlerFailuresText, _timers.HandlerFailures);
            EachTimer(output);
        }

        /// <summary>A table of the timers in use: slot, name, mode, interval, time until due, missed periods, handler failures.</summary>
        private void EachTimer(ConsoleOutput output)
        {
            if (_timers.InUse == 0)
            {
                return;
            }

            long now = _timers.Clock.NowMicroseconds;
            _table.FitHeadings(Headings);
            for (int slot = 0; slot < _timers.Capacity; slot++)
            {
                int id = _timers.IdAt(slot);
                if (id == PoolHandle.None)
                {
                    continue;
                }

                long due;
                _table.FitNumber(TimerColumn, slot);
                _table.Fit(NameColumn, NameOf(id));
                _table.Fit(ModeColumn, ModeOf(id));
                _table.Fit(PeriodColumn, _timers.IntervalOf(id) > 0 ? MillisecondsLength(_timers.IntervalOf(id)) : 1);
                _table.Fit(DueColumn, _timers.TryGetDue(id, out due) ? MillisecondsLength(due - now) : 1);
                _table.FitNumber(MissedColumn, _timers.MissedPeriodsOf(id));
                _table.FitNumber(FailuresColumn, _timers.HandlerFailuresOf(id));
            }

            _table.Headings(output, Headings);
            for (int slot = 0; slot < _timers.Capacity; slot++)
            {
                int id = _timers.IdAt(slot);
                if (id == PoolHandle.None)
                {
                    continue;
                }

                long due;
                _table.NumberCell(output, TimerColumn, slot);
                _table.Cell(output, NameColumn, NameOf(id));
                _table.Cell(output, ModeColumn, ModeOf(id));
                long interval = _timers.IntervalOf(id);
                if (interval > 0)
                {
                    _table.BeginCell(output, PeriodColumn, MillisecondsLength(interval));
                    Milliseconds(output, interval);
                }
                else
                {
                    _table.Cell(output, PeriodColumn, None);
                }
                if (_timers.TryGetDue(id, out due))
                {
                    _table.BeginCell(output, DueColumn, MillisecondsLength(due - now));
                    Milliseconds(output, due - now);
                }
                else
                {
                    _table.Cell(output, DueColumn, None);
                }

                _table.NumberCell(output, MissedColumn, _timers.MissedPeriodsOf(id));
                _table.NumberCell(output, FailuresColumn, _timers.HandlerFailuresOf(id));
                output.NewLine();
            }
        }

        /// <summary>Under --kv, per timer in use: timers.SLOT.name, mode, interval_microseconds, due_in_microseconds (running only), missed_periods, handler_failures.</summary>
        private void EachTimerPairs(ConsoleOutput output)
        {
            long now = _timers.Clock.NowMicroseconds;
            for (int slot = 0; slot < _timers.Capacity; slot++)
            {
                int id = _timers.IdAt(slot);
                if (id == PoolHandle.None)
                {
                    continue;
                }

                Key(output, slot, NameKey);
                output.Text(_timers.NameOf(id));
                output.NewLine();
                Key(output, slot, ModeKey);
                output.Text(ModeOf(id));
                output.NewLine();
                Key(output, slot, IntervalKey);
                output.Decimal(_timers.IntervalOf(id));
                output.NewLine();
                long due;
                if (_timers.TryGetDue(id, out due))
                {
                    Key(output, slot, DueInKey);
                    output.Decimal(due - now);
                    output.NewLine();
                }

                Key(output, slot, MissedKey);
                output.Decimal(_timers.MissedPeriodsOf(id));
                output.NewLine();
                Key(output, slot, FailuresKey);
                output.Decimal(_timers.HandlerFailuresOf(id));
                output.NewLine();
            }
        }

        private static void Key(ConsoleOutput output, int slot, string key)
        {
            output.Text(TimerGroup);
            output.Decimal(slot);
            output.Text(key);
        }

        private string NameOf(int id)
        {
            string name = _timers.NameOf(id);
            return name == null || name.Length == 0 ? None : name;
        }

        private string ModeOf(int id)
        {
            if (!_timers.IsRunning(id))
            {
                return Stopped;
            }

            return _timers.IsPeriodic(id) ? Periodic : OneShot;
        }

        /// <summary>Microseconds as milliseconds with three decimals ("500.000", "-0.250").</summary>
        private static void Milliseconds(ConsoleOutput output, long microseconds)
        {
            if (microseconds < 0)
            {
                output.Character('-');
                microseconds = -microseconds;
            }

            output.Decimal(microseconds / 1000);
            output.Character('.');
            output.DecimalPadded(microseconds % 1000, 3);
        }

        /// <summary>How many characters <see cref="Milliseconds"/> writes.</summary>
        private static int MillisecondsLength(long microseconds)
        {
            bool negative = microseconds < 0;
            long magnitude = negative ? -microseconds : microseconds;
            return (negative ? 1 : 0) + ConsoleOutput.DecimalLength(magnitude / 1000) + 4;
        }
    }
}
