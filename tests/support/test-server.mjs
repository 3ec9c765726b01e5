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
 *
 * and the strict CSP page (`/tests/csp/page.html`) with DESIGN's Content-Security-Policy header
 * (`?tt=lit-html` allows only Lit's Trusted Types policy).
 */
const counts = new Map();

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html photo-story; base-uri 'none'; object-src 'none'";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testServer(ctx, next) {
  const { path, query } = ctx;
  if (path.startsWith('/tests/csp/') && path.endsWith('.html')) {
    await next();
    // ?tt=… replaces the allowed Trusted Types policy names, to see the library when its own is refused.
    ctx.set('Content-Security-Policy', query.tt ? CSP.replace('lit-html photo-story', query.tt) : CSP);
    return;
  }
  if (!path.startsWith('/api/')) return next();
  const key = query.key ?? '';
  ctx.set('Cache-Control', 'no-store');
  if (path == '/api/count') {
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
