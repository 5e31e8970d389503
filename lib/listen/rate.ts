// The reading speed, remembered on the device. Storage can throw (Safari's private mode,
// storage blocked by the user), and a stored value may be anything: both fall back to 1×.

export const RATES = [0.75, 1, 1.25] as const;
export const RATE_KEY = "listen-rate";

export function readRate(storage: Pick<Storage, "getItem"> | undefined = globalStore()): number {
  try {
    const rate = Number(storage?.getItem(RATE_KEY));
    return RATES.find((r) => r === rate) ?? 1;
  } catch {
    return 1;
  }
}

export function saveRate(
  rate: number,
  storage: Pick<Storage, "setItem"> | undefined = globalStore(),
) {
  try {
    storage?.setItem(RATE_KEY, String(rate));
  } catch {
    // Not remembered, still used for this reading.
  }
}

function globalStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
