/**
 * The class of each event the elements fire, for `instanceof` and typed listeners: an entry of its own
 * (`photo-story-elements/events.js`), so that `embed.js` carries none of them (the elements fire
 * `ElementEvent`s, which these classes recognise by name).
 */
export { ElementEvent, NamedEvent } from './context/element-event.js';
export { PhotoStoryErrorEvent, PhotoStoryLoadEvent } from './elements/photo-story/events.js';
export { NearbySelectEvent } from './elements/nearby-photos/events.js';
export { CommentFailedEvent, CommentPostEvent, CommentPostedEvent } from './elements/comment-thread/events.js';
export { LoginRequestEvent } from './elements/login-gate/events.js';
export { SessionChangeEvent } from './session/events.js';
