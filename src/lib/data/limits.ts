/**
 * The largest events file the app reads. Larger than any hand-written dataset: 100,000
 * synthetic events take about 25 MB. A module of its own, with no imports, because the
 * build reads it too (the page's prefetch, vite.config.ts).
 */
export const MAX_BYTES = 64 * 1024 * 1024;
