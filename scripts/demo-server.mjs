/** The demo server for tests, checks and the bench: started on a free port, with more environment if asked. */
import { spawn } from 'node:child_process';

/** Starts the demo server; resolves to its address (`http://127.0.0.1:<port>/`) and how to stop it. */
export async function startDemo(env = {}) {
  const server = spawn(process.execPath, [new URL('../demo/server.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const address = /Demo: (\S+)/.exec(String(chunk))?.[1];
      if (address) resolve(address);
    });
    server.on('exit', reject);
  });
  return { base, stop: () => server.kill() };
}
