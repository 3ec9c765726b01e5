import { positive } from './fields.js';
import { safeUrl } from './safe-url.js';

export interface ResponsiveImage {
  src: string;
  srcset?: string;
}

/** Widths offered to the browser's `srcset` choice; nothing larger is asked for. */
const WIDTHS = [400, 800, 1200, 1600, 2400];

/**
 * A `src` and `srcset` from a IIIF Image API service: its URL, or its description as embedded in
 * IIIF manifests (`id`/`@id`, `type`/`@context`, `profile`, `width`, `height`, `sizes`). No `info.json`
 * is fetched. A service that lists `sizes` (as level-0 services must) is asked only for those sizes;
 * a level-0 service without `sizes` only for the full image; any other for widths up to the image's own.
 */
export function iiifImage(service: unknown, base: string, imageWidth?: number): ResponsiveImage | undefined {
  const info = (typeof service == 'string' ? { id: service } : service ?? {}) as Record<string, unknown>;
  const id = safeUrl(info.id ?? info['@id'], base)?.replace(/\/(info\.json)?$/, '');
  if (!id) return undefined;
  const v3 = info.type == 'ImageService3' || String(info['@context'] ?? '').includes('/image/3');
  const level0 = [info.profile].flat().some((profile) => typeof profile == 'string' && profile.includes('level0'));
  const maxWidth = Math.round(positive(info.width) ?? imageWidth ?? Infinity);
  const url = (size: string) => `${id}/full/${size}/0/default.jpg`;

  const listed = Array.isArray(info.sizes)
    ? (info.sizes as ({ width?: unknown; height?: unknown } | null)[])
        // A service lists a handful of sizes; a hostile one lists millions.
        .slice(0, 100)
        .map((size) => [positive(size?.width), positive(size?.height)])
        .filter(([w, h]) => w && h && w <= maxWidth)
        .sort(([a], [b]) => a! - b!)
    : [];
  const candidates: [string, number][] = listed.length
    ? listed.map(([w, h]) => [url(v3 ? `${w},${h}` : `${w},`), w!])
    : level0
      ? []
      : WIDTHS.filter((w) => w < maxWidth).concat(maxWidth <= 2400 ? [maxWidth] : []).map((w) => [url(`${w},`), w]);
  if (!candidates.length) return { src: url(v3 ? 'max' : 'full') };
  const fallback = candidates.find(([, w]) => w >= 1200) ?? candidates[candidates.length - 1];
  return { src: fallback[0], srcset: candidates.map(([u, w]) => `${u} ${w}w`).join(', ') };
}
