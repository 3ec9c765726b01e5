import { commentsEn, type CommentStrings } from '../../i18n/en-comments.js';
import { addStrings, stringsFor } from '../../i18n/strings.js';

export type { CommentStrings };

// The English table (the one that is complete) joins the others when this chunk loads.
addStrings('en', commentsEn, true);

export const commentStrings = (lang: string) => stringsFor<CommentStrings>(lang);
