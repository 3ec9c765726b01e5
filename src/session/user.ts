import { record, text } from '../data/fields.js';
import { safeUrl } from '../data/safe-url.js';

/** A signed-in reader, as a session source or the sign-in popup describes them. */
export interface User {
  /** The archive's id for the reader: drafts are kept per reader. */
  id?: string;
  name: string;
  avatar?: string;
}

/** A reader from `{id, name, avatar}` (any field may be missing, but not both `id` and `name`). */
export function readUser(value: unknown): User | undefined {
  const data = record(value);
  const id = text(data?.id);
  const name = text(data?.name) ?? id;
  return name ? { id, name, avatar: safeUrl(data!.avatar, document.baseURI) } : undefined;
}

/** A bearer token as a header can carry it: visible ASCII only, else nothing. */
export const readToken = (value: unknown): string | undefined =>
  typeof value == 'string' && /^[\x21-\x7e]{1,4096}$/.test(value) ? value : undefined;

