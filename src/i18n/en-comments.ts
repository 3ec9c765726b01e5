import type { Plural } from './strings.js';

/** The English strings of comments as shown (the comment chunk adds them to the tables). */
export const commentsEn = {
  commentCount: { one: '{count} comment', other: '{count} comments' } as Plural,
  pending: 'Awaiting moderation',
  sending: 'Sending…',
  /** Where comments past the limit are skipped to show one that must show (the reader's own, a linked one). */
  notShown: { one: '{count} earlier comment not shown', other: '{count} earlier comments not shown' } as Plural,
};

export type CommentStrings = typeof commentsEn;
