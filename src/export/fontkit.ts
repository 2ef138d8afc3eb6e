/**
 * pdf-lib reads fonts with fontkit. Its own fork (@pdf-lib/fontkit 1.1) drops glyphs
 * when it subsets Noto Sans JP; upstream fontkit 2 subsets it right but names one method
 * differently: pdf-lib asks a subset for `encodeStream()`, fontkit 2 has `encode()`.
 */
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

interface Fontkit2Subset {
  encode(): Uint8Array;
}

export const fontkitForPdfLib: Fontkit = {
  create(bytes) {
    const font = fontkit.create(bytes) as Font;
    const createSubset = font.createSubset.bind(font) as unknown as () => Fontkit2Subset;
    return Object.assign(font, {
      createSubset() {
        const subset = createSubset();
        return Object.assign(subset, {
          encodeStream() {
            const handlers: Record<string, (value?: unknown) => void> = {};
            const stream = {
              on(event: string, handler: (value?: unknown) => void) {
                handlers[event] = handler;
                return stream;
              },
            };
            // Told after pdf-lib has listened, as a stream would.
            queueMicrotask(() => {
              try {
                handlers.data?.(subset.encode());
                handlers.end?.();
              } catch (error) {
                handlers.error?.(error);
              }
            });
            return stream;
          },
        });
      },
    }) as Font;
  },
};
