/**
 * The first-load size: the page itself (its inline script starts fetching the events
 * file, so it is code too) and the JavaScript and CSS it fetched before its first view
 * was ready, raw and gzipped. It is taken from the server's log of one measured load and
 * the page's own resource timing, not from dist/, so chunks fetched later (the event
 * details at idle, the gesture code on a gesture) do not count; they are listed apart.
 * Gzip at its highest level is a fixed, reproducible stand-in for a host's compression.
 */
import { readFileSync } from 'node:fs';
import { gzipSync, constants as zlib } from 'node:zlib';
import type { Served } from './server.ts';

export interface Transfer {
  /** URL paths, in the order the page asked for them. */
  files: string[];
  rawKB: number;
  gzKB: number;
  /** JS and CSS fetched after the first view, with their gzipped KB. */
  later: { path: string; gzKB: number }[];
}

export function firstLoadGzip(served: Served[], beforeReady: readonly string[]): Transfer {
  const gz = (file: string) =>
    gzipSync(readFileSync(file), { level: zlib.Z_BEST_COMPRESSION }).length / 1024;
  const code = served.filter((s) => /\.(js|css)$/.test(s.file));
  const first = new Set(beforeReady);
  const page = served.filter((s) => s.file.endsWith('.html')).slice(0, 1);
  const files = [...page, ...code.filter((f) => first.has(f.path))];
  return {
    files: files.map((f) => f.path),
    rawKB: files.reduce((s, f) => s + f.bytes, 0) / 1024,
    gzKB: files.reduce((s, f) => s + gz(f.file), 0),
    later: code.filter((f) => !first.has(f.path)).map((f) => ({ path: f.path, gzKB: gz(f.file) })),
  };
}
