import { commentsEn, type CommentStrings } from '../../i18n/en-comments.js';
import { addStrings } from '../../i18n/strings.js';

export type { CommentStrings };

// The English table (the one that is complete) joins the others when this chunk loads: the comment
// view imports this module for that, and reads its strings as `stringsFor<CommentStrings>(lang)`.
addStrings('en', commentsEn, true);
