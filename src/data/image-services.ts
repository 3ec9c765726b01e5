import type { EntryImage } from './entry.js';

/**
 * Turns the IIIF services of `images` into `src` and `srcset`, in place. The IIIF code is a separate
 * chunk, loaded only when a document has a service: pages without IIIF never download it.
 */
export async function resolveServices(images: (EntryImage | undefined)[], base: string): Promise<void> {
  if (!images.some((image) => image?.service)) return;
  const { iiifImage } = await import('./iiif-image.js');
  for (const image of images) {
    if (!image?.service) continue;
    const found = iiifImage(image.service, base, image.width);
    image.src ??= found?.src;
    image.srcset = found?.srcset;
    delete image.service;
  }
}
