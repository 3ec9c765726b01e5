/** The classes and types, without registering anything: import `./define.js` for that. */
export { PhotoStory } from './elements/photo-story/photo-story.js';
export { PhotoStoryErrorEvent, PhotoStoryLoadEvent } from './elements/photo-story/events.js';
export { NearbyPhotos } from './elements/nearby-photos/nearby-photos.js';
export { NearbySelectEvent } from './elements/nearby-photos/events.js';
export { CommentThread } from './elements/comment-thread/comment-thread.js';
export { LoginGate } from './elements/login-gate/login-gate.js';
export { LoginRequestEvent } from './elements/login-gate/events.js';
export { defineElement } from './elements/define-element.js';
export { entryContext } from './context/entry-context.js';
export type { Entry, EntryImage, EntryLink, Labelled } from './data/entry.js';
export type { Comment, CommentPage, NearbyItem, Page } from './data/lists.js';
export type { Fetcher, JsonDocument } from './data/load-json.js';
export { LoadError, type LoadFailure } from './data/load-error.js';
