import type { Plural } from './strings.js';

/** The composer's English strings (the composer chunk adds them to the tables). */
export const composerEn = {
  label: 'Your comment',
  signedInAs: 'Signed in as {name}.',
  logOut: 'Log out',
  replyingTo: 'Replying to {name}.',
  replyingToEarlier: 'Replying to an earlier comment.',
  cancelReply: 'Cancel reply',
  reply: 'Reply',
  replyTo: 'Reply to {name}',
  send: 'Post comment',
  shortcut: 'Ctrl+Enter or ⌘+Enter posts it.',
  left: { one: '{count} character left', other: '{count} characters left' } as Plural,
  over: { one: '{count} character too many', other: '{count} characters too many' } as Plural,
  sendingComment: 'Sending your comment…',
  posted: 'Your comment is posted.',
  held: 'Your comment is posted and awaits moderation.',
  signInAgain: 'Your sign-in has expired: log in again to post.',
  refused: 'The archive did not take the comment ({status}).',
};

export type ComposerStrings = typeof composerEn;
