/**
 * Every public entry of the package imports in plain Node 20, with no DOM, as server renderers,
 * frameworks and build steps import it: it throws nothing and starts nothing (`embed.js`, for
 * `<script>` tags, is the one left out). Runs on the npm build: `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const entries = Object.entries(pkg.exports)
  .map(([name, target]) => [name, typeof target == 'string' ? target : target.default])
  .filter(([name, file]) => file?.endsWith('.js') && !name.includes('*') && name != './embed.js');

test('the package names its entries', () => assert.ok(entries.length >= 4, entries.map(([name]) => name).join(' ')));

for (const [name, file] of entries) {
  test(`${name} imports in Node without a DOM`, async () => {
    assert.equal(typeof globalThis.document, 'undefined', 'no DOM here');
    const module = await import(new URL(`../../${file}`, import.meta.url).href);
    assert.ok(Object.keys(module).length > 0 || name == './define.js', `${name} exports something`);
  });
}

test('the classes and the event classes are there', async () => {
  const { PhotoStory, NearbyPhotos, CommentThread, LoginGate } = await import('../../dist/index.js');
  for (const element of [PhotoStory, NearbyPhotos, CommentThread, LoginGate]) assert.equal(typeof element, 'function');
  const { PhotoStoryLoadEvent, ElementEvent } = await import('../../dist/events.js');
  const event = new ElementEvent('photo-story-load', { entry: { title: 'T', story: [] } });
  assert.ok(event instanceof PhotoStoryLoadEvent);
});
