import { expect } from '@open-wc/testing';
import { loadJson } from '../src/data/load-json.js';
import { LoadError } from '../src/data/load-error.js';
import { echo, requestCount, stubFetch } from './support/fixtures.js';

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('expected a failure');
}

describe('loadJson', () => {
  it('parses the document and reports its final URL after redirects', async () => {
    const target = echo({ title: 'x' });
    const doc = await loadJson(`/api/redirect?to=${encodeURIComponent(target)}`.replace(/^/, location.origin));
    expect(doc.json).to.deep.equal({ title: 'x' });
    expect(doc.url).to.equal(target);
  });

  it('shares one request among every caller of a URL, in flight and while fresh', async () => {
    const url = echo({ title: 'shared' }, { delay: 100 });
    const docs = await Promise.all([loadJson(url), loadJson(url), loadJson(url)]);
    expect(docs.map((doc) => (doc.json as { title: string }).title)).to.deep.equal(['shared', 'shared', 'shared']);
    await loadJson(url);
    expect(await requestCount(url)).to.equal(1);
  });

  it('keeps the request alive while another caller still listens, aborts it when nobody does', async () => {
    const fetcher = stubFetch({ title: 'slow' }, 100);
    const first = new AbortController();
    const leaving = loadJson('https://a.example/1.json', { fetcher, signal: first.signal });
    const staying = loadJson('https://a.example/1.json', { fetcher });
    first.abort();
    expect((await failure(leaving)).name).to.equal('AbortError');
    expect(((await staying).json as { title: string }).title).to.equal('slow');
    expect(fetcher.calls.length).to.equal(1);

    let aborted = false;
    const only = new AbortController();
    const lonely = loadJson('https://a.example/2.json', {
      fetcher: (url, init) => {
        init.signal!.addEventListener('abort', () => (aborted = true));
        return fetcher(url, init);
      },
      signal: only.signal,
    });
    only.abort();
    await failure(lonely);
    expect(aborted, 'the request is aborted once nobody listens').to.equal(true);
  });

  it('does not keep failures: the next caller asks again', async () => {
    const url = echo('{}', { status: 404 });
    expect((await failure(loadJson(url))).status).to.equal(404);
    await failure(loadJson(url));
    expect(await requestCount(url)).to.equal(2);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const url = echo({ title: 'third time' }, { status: 503, failTimes: 2 });
    const doc = await loadJson(url);
    expect((doc.json as { title: string }).title).to.equal('third time');
    expect(await requestCount(url)).to.equal(3);
  });

  it('honours Retry-After on 429', async () => {
    const url = echo({ title: 'later' }, { status: 429, failTimes: 1, retryAfter: '1' });
    const started = performance.now();
    await loadJson(url);
    expect(performance.now() - started).to.be.at.least(950);
    expect(await requestCount(url)).to.equal(2);
  });

  it('gives up on a Retry-After too long to wait for', async () => {
    const url = echo('{}', { status: 429, retryAfter: '3600' });
    const error = await failure(loadJson(url));
    expect([error.reason, error.status]).to.deep.equal(['http', 429]);
    expect(await requestCount(url)).to.equal(1);
  });

  it('does not retry other 4xx', async () => {
    const url = echo('{}', { status: 403 });
    expect((await failure(loadJson(url))).status).to.equal(403);
    expect(await requestCount(url)).to.equal(1);
  });

  it('types each failure so the reader can be told what happened', async () => {
    const cases: [string, string, number][] = [
      [echo('{}', { status: 500 }), 'http', 500],
      [echo('<!doctype html><p>Oops</p>', { type: 'text/html' }), 'parse', 0],
      [echo('{"title": "Cut off'), 'parse', 0],
      ['http://127.0.0.1:9/refused.json', 'network', 0],
      [`${location.origin}/api/reset?key=reset-${Date.now()}`, 'network', 0],
    ];
    for (const [url, reason, status] of cases) {
      const error = await failure(loadJson(url));
      expect(error, url).to.be.instanceOf(LoadError);
      expect([error.reason, error.status], url).to.deep.equal([reason, status]);
    }
  }).timeout(20_000);

  it('times out', async () => {
    const error = await failure(loadJson(`${location.origin}/api/hang?t=${Date.now()}`, { timeout: 200 }));
    expect(error.reason).to.equal('timeout');
  });

  it('sends no credentials and asks for JSON', async () => {
    let init: RequestInit = {};
    await loadJson('https://a.example/3.json', {
      fetcher: (url, options) => ((init = options), stubFetch({})(url, options)),
    });
    expect(init.credentials).to.equal('omit');
    expect(new Headers(init.headers).get('Accept')).to.equal('application/json');
  });
});
