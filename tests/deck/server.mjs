// A second origin for the browser tests: a reveal.js deck (and a plain host page) that
// embed the app from its own origin, as a presentation on another site would. It serves
// this folder, reveal.js from node_modules, and the app's host module (dist/embed.js),
// which a deck copies beside itself or imports from the app's site.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const port = Number(process.env.DECK_PORT ?? 4175);
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
};
const MOUNTS = [
  ['/reveal/', join(root, 'node_modules', 'reveal.js', 'dist')],
  ['/embed.js', join(root, 'dist', 'embed.js')],
  ['/', here],
];

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  // A browser asks for an icon of its own accord; the deck has none to give.
  if (path === '/favicon.ico') return void response.writeHead(204).end();
  const [prefix, dir] = MOUNTS.find(([p]) => path === p || path.startsWith(p)) ?? [];
  const file =
    prefix === '/embed.js' ? dir : normalize(join(dir, path.slice(prefix.length) || 'index.html'));
  if (!file.startsWith(dir)) return void response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(port);
