/**
 * The largest events file the app reads. Larger than any hand-written dataset: 100,000
 * synthetic events take about 25 MB. A module of its own, with no imports, because the
 * build reads it too (the page's prefetch, vite.config.ts).
 */
export const MAX_BYTES = 64 * 1024 * 1024;

/**
 * How long a server may send nothing (no answer, or no byte since the last) before the
 * page says so: a file that keeps coming, however slowly, is never cut short.
 */
export const SILENCE_MS = 20_000;
