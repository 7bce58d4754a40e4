// The two devices of issue 33, emulated in Chromium through its debugging protocol: the CPU
// slowed by a factor (Emulation.setCPUThrottlingRate) and every request given a round-trip and a
// bandwidth (Network.emulateNetworkConditions, applied per request, as DevTools' throttling is).
// Upload speeds are not in the issue: Lighthouse's presets for the same two devices.

export interface Profile {
  key: 'laptop' | 'phone';
  name: string;
  cpuSlowdown: number;
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** A touch screen: interactions are taps. */
  mobile: boolean;
}

export const PROFILES: Profile[] = [
  {
    key: 'laptop',
    name: 'mid-range laptop',
    cpuSlowdown: 4,
    latencyMs: 40,
    downloadKbps: 10_000,
    uploadKbps: 10_000,
    viewport: { width: 1350, height: 940 },
    deviceScaleFactor: 1,
    mobile: false,
  },
  {
    key: 'phone',
    name: 'phone on 4G',
    cpuSlowdown: 6,
    latencyMs: 150,
    downloadKbps: 1_600,
    uploadKbps: 750,
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    mobile: true,
  },
];

/** Kilobits a second as the protocol wants them: bytes a second. */
export const bytesPerSecond = (kbps: number) => (kbps * 1000) / 8;
