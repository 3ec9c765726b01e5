import { defineElement } from '../define-element.js';
import { CommentThread } from './comment-thread.js';

defineElement('comment-thread', CommentThread);

declare global {
  interface HTMLElementTagNameMap {
    'comment-thread': CommentThread;
  }
}
