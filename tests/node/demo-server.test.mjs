/**
 * The demo server lets the pages of other origins that `ALLOW_ORIGINS` lists use the archive's
 * credentials (an app on another port), and only those.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';

let server;
let base;
before(async () => {
  server = spawn(process.execPath, [new URL('../../demo/server.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: '0', ALLOW_ORIGINS: 'http://localhost:5173, not an origin' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const address = /Demo: (\S+)/.exec(String(chunk))?.[1];
      if (address) resolve(address);
    });
    server.on('exit', reject);
  });
});
after(() => server.kill());

const allowed = async (origin) => {
  const answer = await fetch(new URL('archive/api/session', base), { headers: { Origin: origin } });
  return [answer.headers.get('access-control-allow-origin'), answer.headers.get('access-control-allow-credentials')];
};

test('an origin that ALLOW_ORIGINS lists gets its origin back, with credentials', async () => {
  assert.deepEqual(await allowed('http://localhost:5173'), ['http://localhost:5173', 'true']);
});

test('another origin gets no credentials', async () => {
  const [origin, credentials] = await allowed('http://localhost:9999');
  assert.notEqual(origin, 'http://localhost:9999');
  assert.notEqual(credentials, 'true');
});
