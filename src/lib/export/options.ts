/**
 * What an export is asked for, read from whatever asks (the Export dialog, a host's
 * `export` command, `npm run export`): a format, which stops, a size. Anything unknown
 * or malformed falls back to a default rather than fail, as every command does.
 */

export const FORMATS = ['svg', 'png', 'pdf', 'pptx'] as const;
export type Format = (typeof FORMATS)[number];

/** The picture sizes offered beside the size on screen. */
export const SIZES = [
  [1920, 1080],
  [3840, 2160],
] as const;

/** The largest side asked for: a 16K picture would take minutes and gigabytes. */
const MAX_SIDE = 8192;
const MIN_SIDE = 200;

export interface ExportOptions {
  format: Format;
  /** The view on screen, every stop, or the stops by number (1-based). */
  stops: 'view' | 'all' | number[];
  /** Pixels, or the size of the timeline on screen. */
  size: 'screen' | { width: number; height: number };
}

export const MIME: Record<Format, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** `1920x1080`, `[1920, 1080]` or `{width, height}`; null for anything else. */
export function readSize(value: unknown): { width: number; height: number } | null {
  let pair: unknown[] | null = null;
  if (typeof value === 'string') pair = value.split(/[x×,]/i).map((v) => Number(v.trim()));
  else if (Array.isArray(value)) pair = value;
  else if (typeof value === 'object' && value !== null) {
    const { width, height } = value as Record<string, unknown>;
    pair = [width, height];
  }
  if (!pair || pair.length !== 2) return null;
  const [width, height] = pair;
  const side = (n: unknown) =>
    typeof n === 'number' && Number.isFinite(n) && n >= MIN_SIDE && n <= MAX_SIDE;
  return side(width) && side(height)
    ? { width: Math.round(width as number), height: Math.round(height as number) }
    : null;
}

function readStops(value: unknown, format: Format): ExportOptions['stops'] {
  if (value === 'view' || value === 'all') return value;
  if (value === true) return 'all';
  if (Array.isArray(value)) {
    const numbers = value.filter((n): n is number => Number.isInteger(n) && n >= 1);
    if (numbers.length) return [...new Set(numbers)];
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return [value];
  // A document is a sequence of stops; a picture is of what is on screen.
  return format === 'pdf' || format === 'pptx' ? 'all' : 'view';
}

export function readExportOptions(value: unknown): ExportOptions {
  const options =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const format = FORMATS.find((f) => f === options.format) ?? 'svg';
  return {
    format,
    stops: readStops(options.stops, format),
    size: options.size === 'screen' ? 'screen' : (readSize(options.size) ?? 'screen'),
  };
}

/** The stop numbers an export covers, held to the stops there are; [] is the view. */
export function stopNumbers(stops: ExportOptions['stops'], count: number): number[] {
  if (stops === 'view') return [];
  if (stops === 'all') return Array.from({ length: count }, (_, i) => i + 1);
  return stops.filter((n) => n <= count);
}

/** A file name from the dataset's title: lower case, words joined by '-', ASCII only. */
export function baseName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || 'timeline';
}

/** 'u-s-japan-partnership-on-trade-stop-03.png', or '…-view.svg', '….pdf'. */
export function fileName(base: string, format: Format, stop: number | null, count = 0): string {
  if (stop === null)
    return `${base}${format === 'pdf' || format === 'pptx' ? '' : '-view'}.${format}`;
  const width = String(Math.max(count, stop)).length;
  return `${base}-stop-${String(stop).padStart(width, '0')}.${format}`;
}
