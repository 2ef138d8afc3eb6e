/** The languages of the interface and of the dates' words. */
export type Lang = 'en' | 'ja';

export const LANGS: readonly Lang[] = ['en', 'ja'];
