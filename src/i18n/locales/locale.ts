import type { CommentStrings } from '../../elements/comment-thread/comment-strings.js';
import type { ComposerStrings } from '../../elements/comment-thread/composer-strings.js';
import type { Strings } from '../strings.js';

/** A whole translation, checked for every key: the strings of every element, and of its chunks. */
export type Locale = Strings & CommentStrings & ComposerStrings;
