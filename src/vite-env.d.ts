/// <reference types="svelte" />
/// <reference types="vite/client" />

/** True in `npm run build:single`, where the default dataset is inlined. */
declare const __SINGLE_FILE__: boolean;

/** The default dataset's URL, relative to the page. */
declare const __DEFAULT_DATA__: string;
