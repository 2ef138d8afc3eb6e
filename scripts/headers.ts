/**
 * The headers of a `_headers` file (Netlify, Cloudflare Pages) for the path `/*`, as
 * name and value: how `vite preview` sends the same headers as the static host.
 */
export function headersFor(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    // A path starts at the line's beginning; its headers are indented below it.
    if (!/^\s/.test(line)) {
      all = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (all && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
