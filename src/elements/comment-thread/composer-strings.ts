import { addStrings, stringsFor, type Plural } from '../../i18n/strings.js';

/** The composer's strings: they load with the composer. */
export const en = {
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

export type ComposerStrings = typeof en;

addStrings('en', en, true);

export const composerStrings = (lang: string) => stringsFor<ComposerStrings>(lang);
