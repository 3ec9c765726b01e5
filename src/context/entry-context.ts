import { createContext } from '@lit/context';
import type { Entry } from '../data/model.js';

/** The entry a `<photo-story>` shows, for the `<nearby-photos>` and `<comment-thread>` inside it. */
export const entryContext = createContext<Entry | undefined>(Symbol.for('photo-story-elements/entry'));
