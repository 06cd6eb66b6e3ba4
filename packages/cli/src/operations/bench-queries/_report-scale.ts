/** A mapping from data values to pixels along one axis, with the ticks to draw on it. */
export interface Scale {
  /** Pixels from the axis start, 0 to `pixels`. */
  at: (value: number) => number;
  ticks: number[];
  log: boolean;
}

// Past this ratio of largest to smallest value a linear axis squeezes the small bars to nothing:
// sub-millisecond V2 timings beside legacy seconds are the usual case.
const WIDE_SPAN = 20;

/** A scale over the values: logarithmic (ticks at powers of ten) when they span more than WIDE_SPAN, else linear from 0. */
export function scaleFor(values: readonly number[], pixels: number): Scale {
  const positive = values.filter((v) => v > 0);
  const max = positive.length > 0 ? Math.max(...positive) : 1;
  const min = Math.min(...positive, max);
  return max / min > WIDE_SPAN ? logScale(min, max, pixels) : linearScale(max, pixels);
}

function logScale(min: number, max: number, pixels: number): Scale {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  const at = (value: number) => {
    const clamped = Math.min(Math.max(value, ticks[0]!), ticks[ticks.length - 1]!);
    return ((Math.log10(clamped) - lo) / (hi - lo)) * pixels;
  };
  return { at, ticks, log: true };
}

function linearScale(max: number, pixels: number): Scale {
  const step = niceStep(max / 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return { at: (value) => (Math.min(Math.max(value, 0), top) / top) * pixels, ticks, log: false };
}

/** 1, 2 or 5 times a power of ten, at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
}

/** A tick's label: 0.001, 0.5, 20, 1000, 1,000,000 without trailing zeros. */
export function tickLabel(value: number): string {
  return value >= 1 ? Math.round(value).toLocaleString('en-AU') : String(Number(value.toPrecision(3)));
}
