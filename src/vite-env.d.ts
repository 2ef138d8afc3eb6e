/// <reference types="svelte" />
/// <reference types="vite/client" />

/** True in `npm run build:single`, where the default dataset is inlined. */
declare const __SINGLE_FILE__: boolean;

/** The default dataset's URL, relative to the page. */
declare const __DEFAULT_DATA__: string;

/** Noto Sans JP's slices and the characters each holds (vite.config.ts, lib/export/slices.ts). */
declare module 'virtual:font-slices' {
  const table: string;
  export default table;
}

/** fontkit 2 ships no types; the exporters use one function of it (export/fontkit.ts). */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
