/** The classes and types, without registering anything: import `./define.js` for that. */
export { PhotoStory } from './elements/photo-story/photo-story.js';
export { PhotoStoryErrorEvent, PhotoStoryLoadEvent } from './elements/photo-story/events.js';
export { defineElement } from './elements/define-element.js';
export type { Entry, EntryImage, EntryLink, Labelled } from './data/entry.js';
export type { Fetcher } from './data/load-json.js';
export { LoadError, type LoadFailure } from './data/load-error.js';
