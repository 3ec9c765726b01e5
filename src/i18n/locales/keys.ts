/**
 * Every key of a translation, in one order: the drop-in bundle's build writes each language's chunk as
 * its strings in this order (no key names), and `load` puts the names back. `tests/languages.test.ts`
 * holds it to the English tables.
 */
export const KEYS = (
  'untitled previousIn previous nextIn next contributedOn contributed photographer loading retry network timeout ' +
  'notFound http parse nearby more nearbyFailed comments noComments noCommentsClosed moreComments commentsFailed ' +
  'mustLogIn logIn newWindow enlarge close commentCount pending sending notShown label signedInAs logOut replyingTo ' +
  'replyingToEarlier cancelReply reply replyTo send shortcut left over sendingComment posted held signInAgain refused dir'
).split(' ');
