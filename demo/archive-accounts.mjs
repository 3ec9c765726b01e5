// The demo archive's readers and their comments, as server.mjs keeps them: demo sign-in sessions and
// the comments posted to the archive's comment lists, both saved under demo/data/ (runtime data, not
// in git) so that they survive a restart. Plain storage and merging; the HTTP side (routes, status
// codes, CORS) is in server.mjs. Node built-ins only.

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** How long a sign-in lasts (the cookie's Max-Age too). */
export const SESSION_SECONDS = 30 * 24 * 60 * 60;

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

// ---------------------------------------------------------------- readers

/**
 * A reader's id from the display name they typed: lower case ASCII letters, digits and dashes
 * ("Ana Beltrán" → "ana-beltran"). A name with nothing left to slug gets an id from its hash.
 * The same name is the same reader: this is a demo, not an account system.
 */
export function readerId(name) {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || `reader-${sha256(name).slice(0, 8)}`;
}

/**
 * Sign-in sessions: token → reader. Only a hash of each token is kept, in memory and in
 * `sessions.json`, so the file alone signs nobody in.
 */
export class Sessions {
  #file;
  #map = null;

  constructor(file) {
    this.#file = file;
  }

  async #load() {
    if (!this.#map) {
      const saved = await readJson(this.#file, {});
      this.#map = new Map(Object.entries(isObject(saved) ? saved : {}));
    }
    return this.#map;
  }

  async #save() {
    await writeJsonAtomic(this.#file, Object.fromEntries(this.#map));
  }

  /** Signs `user` in; resolves to a new random token. */
  create(user) {
    return exclusive(this.#file, async () => {
      const map = await this.#load();
      const now = Date.now();
      for (const [hash, session] of map) {
        if (!(Date.parse(session.created) + SESSION_SECONDS * 1000 > now)) map.delete(hash);
      }
      const token = randomUUID();
      map.set(sha256(token), { user, created: new Date(now).toISOString() });
      await this.#save();
      return token;
    });
  }

  /** The reader a token belongs to, or null (unknown, revoked, expired or malformed). */
  async lookup(token) {
    if (typeof token !== 'string' || !/^[0-9a-f-]{36}$/i.test(token)) return null;
    const session = (await this.#load()).get(sha256(token));
    if (!session || !(Date.parse(session.created) + SESSION_SECONDS * 1000 > Date.now())) return null;
    return isObject(session.user) ? { ...session.user } : null;
  }

  /** Ends the session of a token (if it is one). */
  revoke(token) {
    if (typeof token !== 'string') return Promise.resolve();
    return exclusive(this.#file, async () => {
      const map = await this.#load();
      if (map.delete(sha256(token))) await this.#save();
    });
  }
}

// ---------------------------------------------------------------- posted comments

/** True when a comment's text holds a link; such comments are held for moderation. */
export function hasLink(text) {
  return /\bhttps?:\/\/|\bwww\.[a-z0-9-]/i.test(text);
}

/** A short random id for a posted comment; the sample lists use `c-<number>`, posted ones `p-<hex>`. */
export function commentId() {
  return `p-${randomBytes(6).toString('hex')}`;
}

/**
 * What one posted comment (or reply) fingerprints as, for idempotency: a retry with the same key
 * must send the same comment.
 */
export function fingerprint(text, parent) {
  return sha256(JSON.stringify([text, parent ?? null]));
}

/**
 * The comments posted to each list, one file per list: `comments/<slug>.json` holding
 * `{ "comments": [stored comment…], "requests": { "<Idempotency-Key>": {user, fingerprint, status, body} } }`.
 * A stored comment is the public one plus `authorId`, which never leaves the server.
 */
export class PostedComments {
  #dir;
  #cache = new Map();

  constructor(dir) {
    this.#dir = dir;
  }

  #file(slug) {
    return path.join(this.#dir, `${slug}.json`);
  }

  async #load(slug) {
    let data = this.#cache.get(slug);
    if (!data) {
      let saved = await readJson(this.#file(slug), {});
      if (!isObject(saved)) saved = {};
      data = {
        comments: Array.isArray(saved.comments) ? saved.comments.filter(isObject) : [],
        requests: isObject(saved.requests) ? saved.requests : {},
      };
      this.#cache.set(slug, data);
    }
    return data;
  }

  /** The comments posted to a list, oldest first (a copy). */
  async list(slug) {
    return structuredClone((await this.#load(slug)).comments);
  }

  /**
   * Runs `change(data)` alone for this list (no other change to it meanwhile) and saves the list
   * when it returns `{ save: true }`. If saving fails the change is forgotten: the list is read
   * again from its file next time.
   */
  update(slug, change) {
    return exclusive(this.#file(slug), async () => {
      const data = await this.#load(slug);
      const result = await change(data);
      if (result?.save) {
        try {
          await writeJsonAtomic(this.#file(slug), data);
        } catch (err) {
          this.#cache.delete(slug);
          throw err;
        }
      }
      return result;
    });
  }
}

/** Every comment id in a comment tree (top level, `replies` at any depth). */
export function commentIds(comments, ids = new Set()) {
  if (!Array.isArray(comments)) return ids;
  for (const comment of comments) {
    if (!isObject(comment)) continue;
    if (typeof comment.id === 'string') ids.add(comment.id);
    commentIds(comment.replies, ids);
  }
  return ids;
}

/** Whether a posted comment is shown to `viewerId`: everyone sees published ones, authors their own pending ones. */
export function visibleTo(comment, viewerId) {
  return comment.status !== 'pending' || (viewerId != null && comment.authorId === viewerId);
}

/** A stored comment as the world sees it (no `authorId`). */
export function publicComment({ authorId, ...comment }) {
  return comment;
}

/**
 * The static comment list with the posted comments merged in, in the native format: a top-level
 * comment goes after the list's own, a reply into its parent's `replies`. Posted comments the viewer
 * may not see (others' pending ones) are left out, and `total` counts what is shown.
 */
export function mergeComments(list, posted, viewerId) {
  const doc = structuredClone(Array.isArray(list) ? { comments: list } : list);
  if (!Array.isArray(doc.comments)) doc.comments = [];
  const byId = new Map();
  const index = (comments) => {
    for (const comment of comments) {
      if (!isObject(comment)) continue;
      if (typeof comment.id === 'string' && !byId.has(comment.id)) byId.set(comment.id, comment);
      if (Array.isArray(comment.replies)) index(comment.replies);
    }
  };
  index(doc.comments);
  const ownTotal = Number.isInteger(doc.total) && doc.total >= 0 ? doc.total : countComments(doc.comments);

  let added = 0;
  for (const stored of posted) {
    if (!visibleTo(stored, viewerId)) continue;
    const { parent, ...comment } = publicComment(stored);
    let siblings = doc.comments;
    if (parent !== undefined) {
      const host = byId.get(parent);
      if (!host) continue; // its parent is not shown to this viewer
      if (!Array.isArray(host.replies)) host.replies = [];
      siblings = host.replies;
    }
    siblings.push(comment);
    byId.set(comment.id, comment);
    added++;
  }
  doc.total = ownTotal + added;
  return doc;
}

function countComments(comments) {
  let n = 0;
  for (const comment of comments) {
    if (!isObject(comment)) continue;
    n += 1 + (Array.isArray(comment.replies) ? countComments(comment.replies) : 0);
  }
  return n;
}

// ---------------------------------------------------------------- files

/** Parses a JSON file; `fallback` when there is no such file. */
async function readJson(file, fallback) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return fallback;
    throw err;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; fix or delete it`);
  }
}

/** Writes a JSON file whole or not at all: a temporary file next to it, then a rename over it. */
async function writeJsonAtomic(file, value) {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

// One change at a time per file: each waits for the one before it, failed or not.
const queues = new Map();
function exclusive(key, task) {
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  const tail = run.then(() => {}, () => {});
  queues.set(key, tail);
  tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}
