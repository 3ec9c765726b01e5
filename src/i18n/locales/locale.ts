import type { CommentStrings } from '../en-comments.js';
import type { ComposerStrings } from '../en-composer.js';
import type { Strings } from '../strings.js';

/**
 * A whole translation, checked for every key: the strings of every element, and of its chunks; `dir:
 * 'rtl'` for a language written right to left.
 */
export type Locale = Strings & CommentStrings & ComposerStrings & { dir?: 'rtl' };
