/**
 * The files generated from the manifest for editors (VS Code's HTML custom data, JetBrains'
 * web-types) name every tag, its attributes with their words, and its events. Runs on the build.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (file) => JSON.parse(readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8'));
const TAGS = ['comment-thread', 'login-gate', 'nearby-photos', 'photo-story'];

test('VS Code custom data: every tag, its attributes, the words of theme', () => {
  const { tags } = read('vscode.html-custom-data.json');
  assert.deepEqual(tags.map((tag) => tag.name).sort(), TAGS);
  const story = tags.find((tag) => tag.name == 'photo-story');
  assert.ok(story.attributes.some((attribute) => attribute.name == 'heading-level'));
  assert.deepEqual(story.attributes.find((attribute) => attribute.name == 'theme').values.map((value) => value.name), ['light', 'dark', 'auto']);
});

test('web-types: every tag and its events', () => {
  const { elements } = read('web-types.json').contributions.html;
  assert.deepEqual(elements.map((element) => element.name).sort(), TAGS);
  const story = elements.find((element) => element.name == 'photo-story');
  assert.deepEqual(story.events.map((event) => event.name).sort(), ['nearby-select', 'photo-story-error', 'photo-story-load', 'session-change']);
});
