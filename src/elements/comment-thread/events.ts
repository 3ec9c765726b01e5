import type { Comment } from '../../data/model.js';
import type { LoadFailure } from '../../data/load-error.js';
import type { ElementEvent } from '../../context/element-event.js';

/** `comment-post` (cancelable): a reader sends a comment. Cancel it to send it yourself. */
export type CommentPostEvent = ElementEvent<{ text: string; parent?: string; url: string }>;
/** `comment-posted`: the archive took the comment; `status` 202 means it awaits moderation. */
export type CommentPostedEvent = ElementEvent<{ comment: Comment; status: number }>;
/** `comment-failed`: the comment was not taken; the text stays in the box with the reason. */
export type CommentFailedEvent = ElementEvent<{ reason: LoadFailure; status: number; message: string }>;

declare global {
  interface HTMLElementEventMap {
    'comment-post': CommentPostEvent;
    'comment-posted': CommentPostedEvent;
    'comment-failed': CommentFailedEvent;
  }
}
