import { createContext } from '@lit/context';
import type { Session } from '../session/session.js';

/** The session an element knows (its own, its entry's or its ancestors'), for the elements inside it. */
export const sessionContext = createContext<Session | undefined>(Symbol.for('photo-story-elements/session'));
