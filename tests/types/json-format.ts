/*
 * Type tests, checked by `tsc -p tests/types` in `npm test`: what an app writes in the JSON format
 * type-checks where the elements take it, and what the format does not allow does not.
 */
import type { CommentListJson, EntryJson, NearbyListJson, PhotoStory } from '../../src/index.js';
import { PhotoStoryErrorEvent, PhotoStoryLoadEvent } from '../../src/events.js';

declare const story: PhotoStory;

// The format as written: a story as one string or a list, links as a URL or an object.
const entry: EntryJson = {
  title: 'Leon Trotsky’s arrival in Mexico',
  story: 'One paragraph.\n\nAnother.',
  image: 'https://archive.example.org/img/42.jpg',
  creator: 'Unknown photographer',
  contributor: { name: 'OldPik', url: 'https://archive.example.org/users/oldpik' },
  nearby: [{ title: 'Nearby', src: 'n1.json' }],
};
story.entry = entry;
story.entry = { ...entry, story: ['One.', 'Two.'], nearby: 'nearby.json' };
story.entry = null;
// @ts-expect-error a story is text, not a number
story.entry = { story: 42 };

const nearby: NearbyListJson = { items: [{ title: 'A', thumbnail: { src: 'a.jpg', width: 320, height: 240 } }], next: 'page2.json' };
const comments: CommentListJson = [{ id: 1, author: { name: 'Marta' }, text: 'Seen.', replies: [{ text: 'Yes.', parent: 1 }] }];

// Listeners are typed by the event's name; `instanceof` narrows.
story.addEventListener('photo-story-load', (event) => event.detail.entry.title?.toUpperCase());
story.addEventListener('photo-story-error', (event) => event.detail.reason == 'timeout');
document.addEventListener('photo-story-load', (event: Event) => {
  if (event instanceof PhotoStoryLoadEvent) event.detail.entry.story.join(' ');
  // @ts-expect-error an error event has no entry
  if (event instanceof PhotoStoryErrorEvent) event.detail.entry;
});

export { comments, nearby };
