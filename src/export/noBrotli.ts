/**
 * Stands in for brotli's decoder, which fontkit imports for WOFF2 alone: the exporters
 * read the WOFF slices (zlib), so 60 KB of decoder tables need not load with them.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not read by the exporters: give them WOFF.');
}
