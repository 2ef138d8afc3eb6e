/**
 * A minimal static server for the benchmark: the build at "/" and the generated data
 * files under their own prefix. We serve the files ourselves, rather than through
 * `vite preview`, for two reasons: every response is `no-store`, so no run is helped by
 * a cache, and the server keeps a log of what it sent, which is how the report knows
 * the first-load JavaScript and CSS without guessing from the build's file names.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** One response: the URL path asked for and the file on disk that answered it. */
export interface Served {
  path: string;
  file: string;
  bytes: number;
}

export interface Mount {
  prefix: string;
  dir: string;
}

export async function serve(mounts: Mount[]) {
  // The longest prefix wins, so a data mount inside "/" is not shadowed by the build.
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  let log: Served[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const mount = sorted.find((m) => path.startsWith(m.prefix));
    // normalize('/' + ...) drops any "..", and the startsWith check below is the guard.
    let file = mount ? join(mount.dir, normalize('/' + path.slice(mount.prefix.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!mount || !file.startsWith(mount.dir + sep) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    log.push({ path, file, bytes: body.length });
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  // Port 0: the system picks a free port, so two benchmarks can run side by side.
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    /** What was served since the last call; a run calls it before and after its load. */
    take: (): Served[] => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((ok) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
