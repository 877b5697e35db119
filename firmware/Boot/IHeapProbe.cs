namespace Keel.Firmware.Boot
{
    /// <summary>How the garbage watch measures the managed heap: GC.Run on the device, the thread's allocation counter on the PC.</summary>
    public interface IHeapProbe
    {
        /// <summary>Free managed heap now, in bytes. Called at a low rate (it may force a collection).</summary>
        int MeasureFreeBytes();

        /// <summary>How far the measurement moves by itself, in bytes: a smaller drop is not counted as garbage (0 when the measurement is exact).</summary>
        int NoiseBytes { get; }

        /// <summary>A main-loop iteration starts: on the PC only what runs between this and <see cref="EndStep"/> is counted.</summary>
        void BeginStep();

        /// <summary>A main-loop iteration ends.</summary>
        void EndStep();
    }
}
