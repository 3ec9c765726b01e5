import { en } from '../strings.js';

/**
 * Every key of a translation, in one order: the drop-in bundle's build writes each language's chunk as
 * its strings in this order (no key names), and `load` puts the names back. The English table's keys
 * first, as `strings.ts` has them (named here by that table, which is in `embed.js` anyway), then those
 * of the comment view's and the composer's tables, which are chunks of their own, and `dir`.
 * `tests/languages.test.ts` holds it to the English tables.
 */
export const KEYS = [
  ...Object.keys(en),
  ...(
    'commentCount pending sending notShown label signedInAs logOut replyingTo replyingToEarlier cancelReply reply ' +
    'replyTo send shortcut left over sendingComment posted held signInAgain refused dir'
  ).split(' '),
];
