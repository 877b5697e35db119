using Keel.Console;
using Keel.Drivers.Flash;
using Keel.Drivers.Gpio;
using Keel.Drivers.Ports;
using Keel.Drivers.Timers;
using Keel.Firmware.Commands;
using Keel.Pools;
using Keel.Sim.Flash;
using Keel.Sim.Ports;

namespace Keel.Tests
{
    /// <summary>The gpio, timers and flash commands on a console over drivers in a known state: edges and bounces on a button, a late periodic timer, a store with records.</summary>
    public class DriverCommandRig
    {
        public const int ButtonPin = 0;
        public const int LedPin = 2;

        public readonly SimulatedClock Clock = new SimulatedClock();
        public readonly SimulatedGpioPort Pins;
        public readonly MemoryPlan Plan = new MemoryPlan("test-board", GpioTestRig.BudgetBytes);
        public readonly GpioDriver Gpio;
        public readonly TimerService Timers;
        public readonly SimulatedNorFlash Flash = SmallFlash.NewPart();
        public readonly RecordStore Store;
        public readonly MemorySerialPort Port = new MemorySerialPort(ConsoleRig.PortBytes, ConsoleRig.PortBytes);
        public readonly SerialConsole Console;
        public readonly int Led;

        public DriverCommandRig()
        {
            Pins = new SimulatedGpioPort(GpioTestRig.BoardPins, Clock);
            Gpio = new GpioDriver(Plan, Pins, Clock, GpioTestRig.BoardPins, 4, 8, OverflowPolicy.RejectNewest);
            Timers = new TimerService(Plan, Clock, 4);
            Store = new RecordStore("settings", Flash, SmallFlash.Records, SmallFlash.MaxRecordLength, Plan);
            Console = new SerialConsole(Port,
                new ByteRing("console-in", ConsoleRig.InputBytes, OverflowPolicy.RejectNewest),
                new ByteRing("console-out", ConsoleRig.OutputBytes, OverflowPolicy.OverwriteOldest),
                ConsoleRig.LineBytes, 5, false);
            Console.Commands.Add(new GpioCommand(Gpio));
            Console.Commands.Add(new TimersCommand(Timers));
            Console.Commands.Add(new FlashCommand(Store, Flash));
            Console.Commands.Add(new Keel.Console.Commands.LockCommand(false));
            Console.Commands.Add(new Keel.Console.Commands.StatsCommand(Plan.Registry));

            // The button: pressed and released cleanly (2 edges), then a contact bouncing twice, 7 ms apart, that settles high again.
            Gpio.ClaimInput(ButtonPin, "button", GpioMode.InputPullUp, 20000);
            Led = Gpio.ClaimOutput(LedPin, "led", GpioMode.Output, false);
            Gpio.Write(Led, true);
            Pins.ScheduleInput(ButtonPin, 10000, false);
            Pins.ScheduleInput(ButtonPin, 100000, true);
            Pins.ScheduleBounces(ButtonPin, 200000, true, 2, 7000);
            for (int i = 0; i < 60; i++)
            {
                Clock.Advance(5000);
                Gpio.Sample();
            }

            // A periodic timer of 10 ms polled 35 ms late: fired once, 3 periods missed.
            int timer = Timers.Create(new RecordingTimerHandler(Clock, 4), "blink");
            Timers.StartPeriodic(timer, 10000);
            Clock.Advance(45000);
            Timers.Poll();
            Timers.Create(new RecordingTimerHandler(Clock, 4));

            // The store: two records, one of them overwritten once (its first value is dead).
            Store.TryMount();
            Store.TryWrite(1, SmallFlash.Value(8, 1), 0, 8);
            Store.TryWrite(2, SmallFlash.Value(16, 2), 0, 16);
            Store.TryWrite(1, SmallFlash.Value(8, 3), 0, 8);
            int pinOfButton;
            bool high;
            long time;
            while (Gpio.TryReadEdge(out pinOfButton, out high, out time))
            {
            }

            Port.TakeOutput();
        }

        /// <summary>Types a line and returns what the console answered.</summary>
        public string Type(string line)
        {
            Port.Send(line);
            Port.Send("\r\n");
            Drain();
            return Port.TakeOutput();
        }

        /// <summary>Polls until the console has read everything sent and written everything it had to say.</summary>
        public void Drain()
        {
            do
            {
                Console.Poll();
            }
            while (Port.PendingInput > 0);
        }
    }
}
