using System;
using Keel.Console;
using Keel.Console.Commands;
using Keel.Drivers.Flash;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Drivers.Timers;
using Keel.Firmware.App;
using Keel.Firmware.Boards;
using Keel.Firmware.Commands;
using Keel.Pools;

namespace Keel.Firmware.Boot
{
    /// <summary>The firmware: boot (plan, pools, drivers, store, console, demo app, budget check, memory map) and one main-loop iteration at a time.</summary>
    /// <remarks>
    /// The constructor is the boot and may allocate; <see cref="Step"/> is the steady state and
    /// allocates nothing. The platform (firmware/Platform/DeviceProgram on a board, sim/ on the PC)
    /// gives it the ports, then calls Step forever and sleeps for what it returns. A boot error
    /// (a plan over budget, a pin claimed twice, a bad capacity) is printed with what to change,
    /// and the firmware stays on the console (the standard commands, so mem and pools show the
    /// plan) instead of rebooting in a loop.
    /// </remarks>
    public class KeelFirmware : IUptimeClock
    {
        /// <summary>Commands the firmware adds beside the standard ones: gpio, timers, flash, log.</summary>
        public const int FirmwareCommands = 4;

        /// <summary>The record store's name: its pools are "store-pages" and "store-index".</summary>
        public const string StoreName = "store";

        // Rings of the console that reports a boot error when the board's own rings could not be made.
        private const int FallbackInBytes = 256;
        private const int FallbackOutBytes = 2048;
        private const int FallbackLineLength = 64;

        private readonly BoardConfig _board;
        private readonly IClock _clock;
        private readonly INorFlash _flash;
        private readonly MemoryPlan _plan;
        private readonly HeapWatch _heap;
        private readonly SerialConsole _console;
        private readonly long _bootMicroseconds;
        private GpioDriver _gpio;
        private TimerService _timers;
        private RecordStore _store;
        private DemoApp _app;
        private StoreResult _mountResult;
        private string _bootError;
        private bool _running;
        private long _steps;

        /// <summary>Boots the firmware on a board's ports.</summary>
        /// <param name="board">The board config (from a board class's Describe()).</param>
        /// <param name="gpioPort">The GPIO port.</param>
        /// <param name="clock">The monotonic clock.</param>
        /// <param name="serial">The console's serial port.</param>
        /// <param name="flash">The flash the record store uses (all of it).</param>
        /// <param name="heapProbe">How the garbage watch measures the heap.</param>
        /// <param name="echo">Echo and prompt on the console, for a person at a terminal.</param>
        /// <param name="extraCommands">Commands the platform adds (the simulator's press), or null.</param>
        public KeelFirmware(BoardConfig board, IGpioPort gpioPort, IClock clock, ISerialPort serial, INorFlash flash,
            IHeapProbe heapProbe, bool echo, IConsoleCommand[] extraCommands)
        {
            _board = board;
            _clock = clock;
            _flash = flash;
            _bootMicroseconds = clock.NowMicroseconds;
            _heap = new HeapWatch(heapProbe, board.HeapSampleMicroseconds);
            _plan = new MemoryPlan(board.Name, board.MemoryBudgetBytes);
            int commands = StandardCommands.Count + FirmwareCommands + (extraCommands == null ? 0 : extraCommands.Length);
            _console = CreateConsole(serial, commands, echo);
            StandardCommands.AddTo(_console.Commands, _plan, _heap, this);
            if (_bootError == null)
            {
                try
                {
                    BootDrivers(gpioPort);
                    _running = true;
                }
                catch (Exception failure)
                {
                    _bootError = failure.Message;
                }
            }

            for (int i = 0; extraCommands != null && i < extraCommands.Length; i++)
            {
                _console.Commands.Add(extraCommands[i]);
            }

            PrintBanner();
            _heap.Baseline(clock.NowMicroseconds);
            _console.ShowPrompt();
        }

        public BoardConfig Board
        {
            get { return _board; }
        }

        public MemoryPlan Plan
        {
            get { return _plan; }
        }

        public SerialConsole Console
        {
            get { return _console; }
        }

        /// <summary>The GPIO driver, or null after a boot error.</summary>
        public GpioDriver Gpio
        {
            get { return _gpio; }
        }

        /// <summary>The timer service, or null after a boot error.</summary>
        public TimerService Timers
        {
            get { return _timers; }
        }

        /// <summary>The record store, or null after a boot error.</summary>
        public RecordStore Store
        {
            get { return _store; }
        }

        /// <summary>The demo application, or null after a boot error.</summary>
        public DemoApp App
        {
            get { return _app; }
        }

        public HeapWatch Heap
        {
            get { return _heap; }
        }

        /// <summary>What the store's mount returned at boot.</summary>
        public StoreResult MountResult
        {
            get { return _mountResult; }
        }

        /// <summary>The boot error's message (what to change), or null when boot succeeded.</summary>
        public string BootError
        {
            get { return _bootError; }
        }

        /// <summary>True when boot succeeded and the drivers and the app run; false in console-only mode after a boot error.</summary>
        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>Main-loop iterations run.</summary>
        public long Steps
        {
            get { return _steps; }
        }

        public long UptimeMicroseconds
        {
            get { return _clock.NowMicroseconds - _bootMicroseconds; }
        }

        /// <summary>
        /// One main-loop iteration: samples GPIO and hands the app its edges, fires due timers,
        /// services the console, lets the garbage watch measure when due. Returns how long to
        /// sleep, in microseconds, until the next deadline (a timer, a heap sample, or the loop
        /// period that bounds how late a console byte or a button edge is seen). Allocates nothing.
        /// </summary>
        public long Step()
        {
            IHeapProbe probe = _heap.Probe;
            probe.BeginStep();
            long now = _clock.NowMicroseconds;
            long wake = now + _board.LoopPeriodMicroseconds;
            if (_running)
            {
                _gpio.Sample();
                int pin;
                bool high;
                long time;
                while (_gpio.TryReadEdge(out pin, out high, out time))
                {
                    _app.OnEdge(pin, high, time);
                }

                _timers.Poll();
                long due;
                if (_timers.TryGetNextDue(out due) && due < wake)
                {
                    wake = due;
                }
            }

            _console.Poll();
            _heap.Sample(now);
            if (_heap.NextSampleMicroseconds < wake)
            {
                wake = _heap.NextSampleMicroseconds;
            }

            _steps++;
            long sleep = wake - _clock.NowMicroseconds;
            probe.EndStep();
            return sleep < 0 ? 0 : sleep;
        }

        /// <summary>Boot: the console on the board's rings, or on fixed fallback rings when those cannot be made.</summary>
        private SerialConsole CreateConsole(ISerialPort serial, int commands, bool echo)
        {
            try
            {
                ByteRing input = new ByteRing("console-in", _board.ConsoleInBytes, OverflowPolicy.RejectNewest);
                ByteRing output = new ByteRing("console-out", _board.ConsoleOutBytes, OverflowPolicy.OverwriteOldest);
                _plan.Add(input);
                _plan.Add(output);
                return new SerialConsole(serial, input, output, _board.ConsoleLineLength, commands, echo);
            }
            catch (Exception failure)
            {
                // The board's console cannot be built: one of fixed size, outside the plan, reports why.
                _bootError = failure.Message;
                return new SerialConsole(serial,
                    new ByteRing("console-in", FallbackInBytes, OverflowPolicy.RejectNewest),
                    new ByteRing("console-out", FallbackOutBytes, OverflowPolicy.OverwriteOldest),
                    FallbackLineLength, commands, echo);
            }
        }

        /// <summary>Boot: the drivers, the store and the demo app, carved from the plan and checked against the budget.</summary>
        private void BootDrivers(IGpioPort gpioPort)
        {
            _gpio = new GpioDriver(_plan, gpioPort, _clock, _board.GpioPinCount, _board.GpioPins, _board.GpioEdges,
                OverflowPolicy.RejectNewest);
            _timers = new TimerService(_plan, _clock, _board.Timers);
            _store = new RecordStore(StoreName, _flash, _board.FlashRecords, _board.FlashMaxRecordBytes, _plan);

            // Everything is carved: check the budget before anything runs.
            _plan.CheckBudget();
            _mountResult = _store.TryMount();
            _app = new DemoApp(_board, _gpio, _timers, _store, _clock);
            _console.Commands.Add(new GpioCommand(_gpio));
            _console.Commands.Add(new TimersCommand(_timers));
            _console.Commands.Add(new FlashCommand(_store, _flash));
            _console.Commands.Add(new LogCommand(_app));
        }

        /// <summary>Boot: the banner, the memory map and the boot line (or the boot error and what to change).</summary>
        private void PrintBanner()
        {
            ConsoleOutput output = _console.Output;
            output.Text("Keel ");
            output.Text(KeelVersion.Text);
            output.Text(" on board ");
            output.Text(_board.Name);
            output.Text(" (");
            output.Text(_board.Description);
            output.Text(")");
            output.NewLine();
            Lines(output, _plan.RenderMap());
            if (_bootError != null)
            {
                output.Text("boot error: ");
                Lines(output, _bootError);
                output.NewLine();
                output.Text("Keel stays on the console instead of rebooting: change the board config and deploy again.");
                output.NewLine();
                output.Text("'mem' and 'pools' show the plan as far as boot got.");
                output.NewLine();
                return;
            }

            output.Text("boot ");
            output.Decimal(_app.BootCount);
            output.Text(": store mounted (");
            output.Decimal(_store.Count);
            output.Text(_store.Count == 1 ? " record" : " records");
            RecordStoreStatistics flash = _store.Statistics;
            if (flash.HasDamage)
            {
                // Never a reformat or a loss passed off as a clean mount: say what could not be proven.
                output.Text("; flash damaged: ");
                output.Counted(flash.UnreadableSectors, " sector unreadable, ", " sectors unreadable, ");
                output.Counted(flash.LostBytes, " byte lost, ", " bytes lost, ");
                output.Counted(flash.DamagedRecords, " record damaged; see 'flash'", " records damaged; see 'flash'");
            }
            else if (_mountResult != StoreResult.Ok)
            {
                output.Text(", mount result ");
                output.Text(StoreResultText.Of(_mountResult));
            }

            output.Text("); button on pin ");
            output.Decimal(_board.ButtonPin);
            output.Text(" toggles the LED on pin ");
            output.Decimal(_board.LedPin);
            output.Text(" and logs the press; heartbeat every ");
            output.Decimal(_board.HeartbeatMicroseconds / 1000);
            output.Text(" ms");
            output.NewLine();
            output.Text("type 'help' for the commands");
            output.NewLine();
        }

        /// <summary>Boot only: text with '\n' line ends, written with the console's line ends.</summary>
        private static void Lines(ConsoleOutput output, string text)
        {
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n')
                {
                    if (i > start)
                    {
                        output.Text(text.Substring(start, i - start));
                        output.NewLine();
                    }

                    start = i + 1;
                }
            }
        }
    }
}
