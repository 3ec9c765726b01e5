import { composerEn, type ComposerStrings } from '../../i18n/en-composer.js';
import { addStrings } from '../../i18n/strings.js';

export type { ComposerStrings };

// The English table (the one that is complete) joins the others when this chunk loads: the composer
// imports this module for that, and reads its strings as `stringsFor<ComposerStrings>(lang)`.
addStrings('en', composerEn, true);
