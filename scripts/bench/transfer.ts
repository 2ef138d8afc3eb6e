/**
 * The first-load size: the JavaScript and CSS the page actually fetched, raw and
 * gzipped. It is taken from the server's log of one measured load, not from dist/, so
 * chunks the first view never asks for do not count. Gzip at its highest level is a
 * fixed, reproducible stand-in for whatever compression a host applies.
 */
import { readFileSync } from 'node:fs';
import { gzipSync, constants as zlib } from 'node:zlib';
import type { Served } from './server.ts';

export interface Transfer {
  /** URL paths, in the order the page asked for them. */
  files: string[];
  rawKB: number;
  gzKB: number;
}

export function firstLoadGzip(served: Served[]): Transfer {
  const gz = (file: string) =>
    gzipSync(readFileSync(file), { level: zlib.Z_BEST_COMPRESSION }).length;
  const files = served.filter((s) => /\.(js|css)$/.test(s.file));
  return {
    files: files.map((f) => f.path),
    rawKB: files.reduce((s, f) => s + f.bytes, 0) / 1024,
    gzKB: files.reduce((s, f) => s + gz(f.file), 0) / 1024,
  };
}
