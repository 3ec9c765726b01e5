import { composerEn, type ComposerStrings } from '../../i18n/en-composer.js';
import { addStrings, stringsFor } from '../../i18n/strings.js';

export type { ComposerStrings };

// The English table (the one that is complete) joins the others when this chunk loads.
addStrings('en', composerEn, true);

export const composerStrings = (lang: string) => stringsFor<ComposerStrings>(lang);
