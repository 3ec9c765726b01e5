import { pick, type Plural, type Tables } from '../../i18n/strings.js';

/** The strings of comments as shown: a table of their own, as they load with the comment chunk. */
const en = {
  commentCount: { one: '{count} comment', other: '{count} comments' } as Plural,
  pending: 'Awaiting moderation',
  sending: 'Sending…',
};

export type CommentStrings = typeof en;

const tables: Tables<CommentStrings> = { en };

export const commentStrings = (lang: string): CommentStrings => pick(tables, lang);
