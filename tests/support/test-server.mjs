/**
 * Endpoints the tests talk to, served by the test runner's own server (same origin as the tests):
 *
 *   /api/echo?body=…&status=200&delay=0&type=application/json&retryAfter=…&failTimes=0&key=…
 *       answers `body` with `status`; with `failTimes=n` the first n requests for `key` answer `status`
 *       and later ones 200 (or `retryAfter` on those failures).
 *   /api/count?key=…            how many requests /api/echo has seen for `key`, as JSON
 *   /api/redirect?to=…          a 302 to `to`
 *   /api/reset?key=…            starts a JSON body, then destroys the connection
 *   /api/hang                   never answers (until the client goes away)
 *   /api/session?key=…&user=…   the session: `{user, token: "t-<key>"}` for a JSON `user`, else 401
 *   /api/comments?key=…&post=…&failTimes=n&status=…&maxLength=…&reject=<token>
 *       a comment list. GET: `{comments, post, maxLength}`, the comments posted so far included. POST:
 *       the first n requests answer `status` (503 by default); then a new `Idempotency-Key` stores the
 *       comment once (201, or 202 when its text holds "http"), a known key answers the same again;
 *       a GET with `Authorization: Bearer <reject>` answers 401, and so does one without a token with
 *       `auth=required`
 *   /api/log?key=…              every request seen for `key` on /api/session and /api/comments: its
 *                               method, `Authorization`, whether cookies came, `Idempotency-Key`, body
 *
 * Everything under /api/ answers CORS requests from any origin, credentials included, so that tests can
 * load it from a second origin (127.0.0.1 against localhost) and see what a foreign origin was sent.
 *
 * and the strict CSP page (`/tests/csp/page.html`) with DESIGN's Content-Security-Policy header
 * (`?tt=lit-html` allows only Lit's Trusted Types policy), and `/selfhosted/embed.js`: `dist/embed.js`
 * copied alone, without its `chunks/` (they answer 404), as a site that self-hosts it carelessly.
 */
const counts = new Map();
const logs = new Map();
const posted = new Map();

const readBody = (req) =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
  });

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html photo-story; base-uri 'none'; object-src 'none'";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServer(ctx, next) {
  const { path, query } = ctx;
  if (path.startsWith('/selfhosted/')) {
    if (path != '/selfhosted/embed.js') return void (ctx.status = 404);
    ctx.path = '/dist/embed.js';
    return next();
  }
  if (path.startsWith('/tests/csp/') && path.endsWith('.html')) {
    await next();
    // ?tt=… replaces the allowed Trusted Types policy names, to see the library when its own is refused.
    ctx.set('Content-Security-Policy', query.tt ? CSP.replace('lit-html photo-story', query.tt) : CSP);
    return;
  }
  if (!path.startsWith('/api/')) return next();
  const key = query.key ?? '';
  ctx.set('Cache-Control', 'no-store');
  if (ctx.get('Origin')) {
    ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
    ctx.set('Access-Control-Allow-Credentials', 'true');
    ctx.set('Vary', 'Origin');
  }
  if (ctx.method == 'OPTIONS') {
    ctx.set('Access-Control-Allow-Methods', 'GET, POST');
    ctx.set('Access-Control-Allow-Headers', 'Authorization, Idempotency-Key, Content-Type');
    ctx.status = 204;
    return;
  }
  if (path == '/api/session' || path == '/api/comments') {
    const body = ctx.method == 'POST' ? await readBody(ctx.req) : undefined;
    const log = logs.get(key) ?? [];
    logs.set(key, log);
    log.push({
      path,
      method: ctx.method,
      authorization: ctx.get('Authorization') || null,
      cookie: !!ctx.get('Cookie'),
      idempotencyKey: ctx.get('Idempotency-Key') || null,
      body: body && JSON.parse(body),
    });
    ctx.type = 'application/json';
    if (path == '/api/session') {
      ctx.status = query.user ? 200 : 401;
      ctx.body = JSON.stringify(query.user ? { user: JSON.parse(query.user), token: `t-${key}` } : { user: null });
      return;
    }
    const list = posted.get(key) ?? new Map();
    posted.set(key, list);
    const token = ctx.get('Authorization');
    if (ctx.method == 'GET' && ((query.reject && token == `Bearer ${query.reject}`) || (query.auth == 'required' && !token))) {
      ctx.status = 401;
      ctx.body = JSON.stringify({ status: 401, error: 'This token has expired.' });
      return;
    }
    if (ctx.method == 'GET') {
      ctx.body = JSON.stringify({
        comments: [{ id: 'c1', author: { name: 'Marta' }, text: 'Seen from the other side of the quay.' }, ...list.values()],
        post: query.post != 'false',
        maxLength: query.maxLength ? +query.maxLength : undefined,
      });
      return;
    }
    const posts = log.filter((entry) => entry.method == 'POST').length;
    if (posts <= +(query.failTimes ?? (query.status ? Infinity : 0))) {
      ctx.status = +(query.status ?? 503);
      ctx.body = JSON.stringify({ status: ctx.status, error: `Refused (${ctx.status}).` });
      return;
    }
    const idempotencyKey = ctx.get('Idempotency-Key');
    const comment = list.get(idempotencyKey) ?? {
      id: `p${list.size + 1}`,
      author: { name: 'Ana' },
      created: new Date().toISOString(),
      text: JSON.parse(body).text,
      ...(JSON.parse(body).text.includes('http') ? { status: 'pending' } : {}),
    };
    list.set(idempotencyKey, comment);
    ctx.status = comment.status ? 202 : 201;
    ctx.body = JSON.stringify(comment);
    return;
  }
  if (path == '/api/log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logs.get(key) ?? []);
  } else if (path == '/api/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(key) ?? 0 });
  } else if (path == '/api/echo') {
    const seen = (counts.get(key) ?? 0) + 1;
    counts.set(key, seen);
    await sleep(Math.min(+(query.delay ?? 0), 10_000));
    const failing = seen <= +(query.failTimes ?? (query.status ? Infinity : 0));
    ctx.status = failing ? +(query.status ?? 500) : 200;
    if (failing && query.retryAfter) ctx.set('Retry-After', query.retryAfter);
    ctx.set('Access-Control-Expose-Headers', 'Retry-After');
    ctx.type = query.type ?? 'application/json';
    ctx.body = query.body ?? '{}';
  } else if (path == '/api/redirect') {
    ctx.redirect(query.to);
  } else if (path == '/api/reset') {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
    ctx.res.write('{"title": "Cut');
    setTimeout(() => ctx.res.destroy(), 20);
  } else if (path == '/api/hang') {
    ctx.respond = false;
  } else {
    return next();
  }
}
