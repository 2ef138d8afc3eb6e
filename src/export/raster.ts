/**
 * A standalone SVG as a PNG of its own size, drawn from the vector by the browser (an
 * <img> on a canvas), so a 3840 x 2160 picture is as crisp as the screen. Chromium draws
 * the text of an SVG image whose fonts are data: URLs only some time after it decodes
 * (the first draw has no text at all): it is drawn again until its text has appeared
 * and stopped changing, against the same picture with its text hidden.
 */

async function image(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForText(img: HTMLImageElement, svg: string, timeout = 5000): Promise<void> {
  if (!/<text[\s>]/.test(svg)) return;
  const bare = await image(svg.replace(/(<svg[^>]*>)/, '$1<style>text{visibility:hidden}</style>'));
  const w = 480;
  const h = Math.max(1, Math.round((w * img.naturalHeight) / img.naturalWidth));
  const canvas = new OffscreenCanvas(w, h);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const draw = (picture: HTMLImageElement) => {
    context.clearRect(0, 0, w, h);
    context.drawImage(picture, 0, 0, w, h);
    return context.getImageData(0, 0, w, h).data;
  };
  const base = draw(bare);
  const start = performance.now();
  let last = -1;
  while (performance.now() - start < timeout) {
    const now = draw(img);
    let diff = 0;
    for (let i = 0; i < now.length; i += 4)
      if (now[i] !== base[i] || now[i + 3] !== base[i + 3]) diff++;
    if (diff > 0 && diff === last) return;
    last = diff;
    await pause(40);
  }
}

export async function toPng(svg: string, width: number, height: number): Promise<ArrayBuffer> {
  const img = await image(svg);
  await waitForText(img, svg);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(img, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return blob.arrayBuffer();
}
