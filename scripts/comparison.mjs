/**
 * The benchmark's comparison: the library a reader would otherwise pick for a IIIF manifest, Clover
 * IIIF's `<clover-viewer>`, on the same manifest, served the same way. Its prebuilt web components (one
 * file of its npm package) are fetched once from the npm registry into demo/bench/vendor/ (not in git).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CLOVER = '@samvera/clover-iiif@3.3.8';
const BUILD = 'package/dist/web-components/index.umd.js';
const MANIFEST = 'archive/api/iiif/piramide-templo-v3.json';

/** Clover's script in demo/bench/vendor/, fetched when missing; `undefined` when it cannot be (offline). */
export function cloverScript(root) {
  const vendor = path.join(root, 'demo/bench/vendor');
  const file = path.join(vendor, 'clover-iiif.js');
  if (existsSync(file)) return file;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'clover-'));
  try {
    execFileSync('npm', ['pack', CLOVER, '--pack-destination', tmp, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(tmp).find((name) => name.endsWith('.tgz'));
    execFileSync('tar', ['-xzf', path.join(tmp, tarball), '-C', tmp, BUILD]);
    mkdirSync(vendor, { recursive: true });
    copyFileSync(path.join(tmp, BUILD), file);
    return file;
  } catch (error) {
    console.error(`The comparison is left out: ${CLOVER} could not be fetched (${error.message.split('\n')[0]}).`);
    return undefined;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Writes, for the server at `origin`, the demo's IIIF manifest with absolute ids (as IIIF asks, and
 * Clover needs: it files resources by id) and PNG images (Clover draws tiles that must be raster), and
 * the page that shows it with `<clover-viewer>`. demo/bench/iiif.html shows the same file with
 * `<photo-story>`.
 */
export function writeComparisonPages(root, origin) {
  const vendor = path.join(root, 'demo/bench/vendor');
  const url = `${origin}/bench/vendor/manifest.json`;
  const manifest = JSON.parse(readFileSync(path.join(root, 'demo', MANIFEST), 'utf8'));
  const absolute = (value) => {
    if (Array.isArray(value)) return value.forEach(absolute);
    if (!value || typeof value != 'object') return;
    for (const [key, field] of Object.entries(value)) {
      if (key == 'id' && typeof field == 'string') value.id = new URL(field, `${origin}/${MANIFEST}`).href.replace(`${origin}/iiif/`, `${origin}/iiif-raster/`);
      else absolute(field);
    }
  };
  absolute(manifest);
  manifest.id = url;
  mkdirSync(vendor, { recursive: true });
  writeFileSync(path.join(vendor, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    path.join(vendor, 'clover.html'),
    `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bench: Clover IIIF on the IIIF manifest</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <script src="clover-iiif.js"></script>
</head>
<body>
  <clover-viewer id="${url}"></clover-viewer>
</body>
</html>
`,
  );
}
