/**
 * The classes and types, without registering anything: import `./define.js` for that.
 *
 * How `src/` is layered (each folder imports only from its own layer and those below; there are no
 * import cycles; `scripts/check-imports.mjs`, in `npm test`, holds both):
 * - `elements/`: one folder per element, and what the elements share;
 * - `context/`, `session/`, `upgrade/`: how the elements talk to each other and to the page (the
 *   context protocol, their events), the reader's session, the plain-HTML form and link rules;
 * - `data/`: loading, reading any JSON into the model (`data/model.ts`), safe URLs, maps;
 * - `i18n/`: the interface strings (English in `i18n/en*.ts` and `strings.ts`), languages, dates.
 * The entries stand above them: `index.ts`, `define.ts` (registers) and `embed.ts` (`dist/embed.js`), and
 * `server/` (Node only: `renderStory` and the CLI, which render with the elements; never in a browser
 * bundle).
 */
export { PhotoStory } from './elements/photo-story/photo-story.js';
export type { PhotoStoryErrorEvent, PhotoStoryLoadEvent } from './elements/photo-story/events.js';
export { NearbyPhotos } from './elements/nearby-photos/nearby-photos.js';
export type { NearbySelectEvent } from './elements/nearby-photos/events.js';
export { CommentThread } from './elements/comment-thread/comment-thread.js';
export { LoginGate } from './elements/login-gate/login-gate.js';
export type { LoginRequestEvent } from './elements/login-gate/events.js';
export type { CommentFailedEvent, CommentPostEvent, CommentPostedEvent } from './elements/comment-thread/events.js';
export type { SessionChangeEvent } from './session/events.js';
export type { SessionElement } from './session/session-element.js';
export { ElementEvent } from './context/element-event.js';
export type { Session } from './session/session.js';
export type { User } from './session/user.js';
export { defineElement } from './elements/define-element.js';
export { entryContext } from './context/entry-context.js';
export type { Comment, CommentPage, Entry, EntryImage, EntryLink, Labelled, NearbyItem, Page } from './data/model.js';
export type { CommentJson, CommentListJson, EntryJson, EntryLinkJson, ImageJson, LabelledJson, NearbyItemJson, NearbyListJson } from './data/model.js';
export type { Fetcher, JsonDocument } from './data/load-json.js';
export { LoadError, type LoadFailure } from './data/load-error.js';
export { addStrings, type StringTable, type Strings } from './i18n/strings.js';
