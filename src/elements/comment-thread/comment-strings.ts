import { addStrings, stringsFor, type Plural } from '../../i18n/strings.js';

/** The strings of comments as shown: they load with the comment chunk. */
export const en = {
  commentCount: { one: '{count} comment', other: '{count} comments' } as Plural,
  pending: 'Awaiting moderation',
  sending: 'Sending…',
  /** Where comments past the limit are skipped to show one that must show (the reader's own, a linked one). */
  notShown: { one: '{count} earlier comment not shown', other: '{count} earlier comments not shown' } as Plural,
};

export type CommentStrings = typeof en;

addStrings('en', en, true);

export const commentStrings = (lang: string) => stringsFor<CommentStrings>(lang);
