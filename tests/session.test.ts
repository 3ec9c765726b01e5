import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { CommentThread, LoginGate, PhotoStory } from '../src/index.js';
import { echo, requestCount, seedEntry } from './support/fixtures.js';
import { all, listSettled, visibleText } from './support/lists.js';
import { ana, commentsUrl, composer, gateOf, inBox, log, recordingLists, send, sessionUrl, status, textarea, unique, write } from './support/session.js';
import { settled } from './support/story.js';
import { SIGNING_IN } from '../src/session/session.js';
import { signingIn } from '../src/session/session-link.js';

const signedIn = (src: string) =>
  fixture<CommentThread>(html`<comment-thread src=${src} .user=${ana} .token=${'tok'}></comment-thread>`);

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('sessions', () => {
  it('a reader set by the host gets the composer; the token goes with the list and the post', async () => {
    const key = unique();
    const el = await composer(await signedIn(commentsUrl(key)));
    expect(visibleText(inBox(el, 'p'))).to.equal('Signed in as Ana Beltrán. Log out');
    await expect(el).to.be.accessible();
    await write(el, 'Her sisters, I think.');
    await send(el);
    // The list may load before the reader is known; from then on, every request carries the token.
    await waitUntil(async () => (await log(key)).map((entry) => entry.method).join(' ').includes('POST GET'), 'no GET after the post', { timeout: 5000 });
    const seen = await log(key);
    const known = seen.findIndex((entry) => entry.authorization);
    expect(seen.slice(known).map((entry) => [entry.method, entry.authorization])).to.deep.equal([
      ['GET', 'Bearer tok'],
      ['POST', 'Bearer tok'],
      ['GET', 'Bearer tok'],
    ]);
  });

  it('asks `session-src` with cookies: a user signs in, a 401 leaves the sign-in prompt', async () => {
    const key = unique();
    const inside = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(key)} session-src=${sessionUrl(key, ana)}></comment-thread>`),
    );
    expect(visibleText(inBox(inside, 'p'))).to.contain('Ana Beltrán');
    const asked = (await log(key)).find((entry) => entry.path == '/api/session')!;
    expect(asked.authorization, 'asked with cookies, no token yet').to.equal(null);

    const outKey = unique();
    const out = await fixture<CommentThread>(
      html`<comment-thread src=${commentsUrl(outKey)} session-src=${sessionUrl(outKey)} login-url="/login"></comment-thread>`,
    );
    await listSettled(out);
    await waitUntil(async () => (await log(outKey)).some((entry) => entry.path == '/api/session'));
    await out.updateComplete;
    expect(visibleText(gateOf(out).shadowRoot!.querySelector('[part=prompt]'))).to.equal(
      'You must be logged in to comment on the photos. Log in',
    );
    expect(gateOf(out).querySelector('textarea'), 'no composer for nobody').to.equal(null);
    await expect(out).to.be.accessible();
  });

  it('brings a reader back from the login page (popups blocked) to the comment box of the list they asked from', async () => {
    const key = unique();
    const outKey = unique();
    const asked = await listSettled(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(key)} session-src=${sessionUrl(outKey)} login-url="/login"></comment-thread>`),
    );
    await waitUntil(() => gateOf(asked)?.shadowRoot!.querySelector('[part=login]'), 'the sign-in prompt');
    // The reader asks from this list's gate, popups blocked; the page notes it as it leaves for the login
    // page (here a place in this page, which the test stays on).
    const here = location.href;
    signingIn(`${here.split('#')[0]}#login`, null, gateOf(asked));
    history.replaceState(null, '', here);
    expect(sessionStorage.getItem(SIGNING_IN)).to.equal(`${location.origin} ${commentsUrl(key)}`);
    asked.remove();

    // Back, signed in, on the page drawn anew: that list's box has the focus, not the other list's, though
    // the list is far down the page (it loads at once).
    const page = await fixture(html`<div>
      <comment-thread src=${commentsUrl(unique())} session-src=${sessionUrl(key, ana)} login-url="/login"></comment-thread>
      <div style="height: 5000px"></div>
      <comment-thread src=${commentsUrl(key)} session-src=${sessionUrl(key, ana)} login-url="/login"></comment-thread>
    </div>`);
    const [other, back] = page.querySelectorAll<CommentThread>('comment-thread');
    // Nothing scrolls to it: the reader is at the top of the page.
    await waitUntil(() => inBox(back, 'textarea') && back.shadowRoot!.activeElement == textarea(back), 'the box of the list the reader asked from has the focus', { timeout: 8000 });
    expect(back.getBoundingClientRect().top, 'brought into view').to.be.below(innerHeight);
    await composer(other);
    expect(other.shadowRoot!.activeElement).to.equal(null);
    expect(sessionStorage.getItem(SIGNING_IN), 'once').to.equal(null);
    await expect(back).to.be.accessible();
  });

  it('says that Log in opens a new window', async () => {
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${[]} login-url="/login"></comment-thread>`));
    const button = findAccessibilityNode<{ name: string; description?: string }>(await a11ySnapshot({}), (node) => node.role == 'button' && node.name == 'Log in');
    expect(button?.description).to.equal('Opens in a new window');
    await expect(el).to.be.accessible();
  });

  it('follows the entry’s `session` inside a <photo-story> once the reader asked, and tells the page with session-change', async () => {
    const key = unique();
    const entry = { ...seedEntry, comments: commentsUrl(key), session: sessionUrl(key, ana), login: '/login?next={return}' };
    const el = document.createElement('photo-story') as PhotoStory;
    const changed = oneEvent(el, 'session-change');
    el.src = echo(entry);
    // Back from the login page, where the page went when popups were blocked.
    sessionStorage.setItem(SIGNING_IN, location.origin);
    document.body.append(el);
    try {
      await settled(el);
      expect((await changed).detail.user).to.deep.include({ id: 'ana', name: 'Ana Beltrán' });
      const thread = await composer(el.shadowRoot!.querySelector<CommentThread>('comment-thread')!);
      await write(thread, 'Seen it.');
      await send(thread);
      const post = (await log(key)).find((entry) => entry.method == 'POST')!;
      expect(post.authorization, 'the token the session URL gave').to.equal(`Bearer t-${key}`);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  describe('the sign-in popup', () => {
    let frame: HTMLIFrameElement;
    let opened: string[];
    const realOpen = window.open;
    beforeEach(() => {
      frame = document.createElement('iframe');
      document.body.append(frame);
      opened = [];
      window.open = ((url: string) => (opened.push(url), frame.contentWindow)) as typeof window.open;
    });
    afterEach(() => {
      window.open = realOpen;
      frame.remove();
    });

    const answer = (origin: string, source: Window | null, data: unknown = { user: ana, token: 'from-popup' }) =>
      window.dispatchEvent(new MessageEvent('message', { origin, source, data }));

    /** Another origin of the test server, where an archive keeps its records and its login page. */
    const archive = `http://127.0.0.1:${location.port}`;
    const onArchive = (url: string) => new URL(url, location.href).href.replace(location.origin, archive);

    it('opens the entry’s login page with {return} filled in; only its origin and window are heard', async () => {
      const key = unique();
      const entry = { ...seedEntry, comments: commentsUrl(key, {}, archive), login: '/in?next={return}' };
      const el = await settled(await fixture<PhotoStory>(html`<photo-story src=${onArchive(echo(entry))}></photo-story>`));
      const thread = await listSettled(el.shadowRoot!.querySelector<CommentThread>('comment-thread')!);
      const request = oneEvent(el, 'login-request');
      gateOf(thread).shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!.click();
      const login = `${archive}/in?next=${encodeURIComponent(location.href)}`;
      expect((await request).detail.url, 'the login page on the entry’s own origin').to.equal(login);
      expect(opened).to.deep.equal([login]);
      // The page listens once the session code has loaded (a reader takes longer than that to sign in).
      await import('../src/session/session-link.js');
      await new Promise((resolve) => setTimeout(resolve));

      answer('https://evil.example', frame.contentWindow);
      answer(archive, window);
      answer(archive, frame.contentWindow, { user: 'not a user' });
      await thread.updateComplete;
      expect(gateOf(thread).querySelector('textarea'), 'nothing heard from the wrong origin or window').to.equal(null);

      answer(archive, frame.contentWindow);
      await composer(thread);
      expect(visibleText(inBox(thread, 'p'))).to.contain('Ana Beltrán');
      await expect(el).to.be.accessible();
    });

    it('gives the token only to sessions at home on the login origin: one whose session URL is elsewhere gets none', async () => {
      const [key, otherKey] = [unique(), unique()];
      // A session of its own (its session URL is asked only once the reader asked to sign in).
      const real = { ...seedEntry, comments: commentsUrl(key, {}, archive), login: '/in', session: onArchive(sessionUrl(key)) };
      // A page that names a session URL on its own origin beside the archive's login page.
      const el = await fixture<HTMLElement>(html`<div>
        <photo-story src=${onArchive(echo(real))}></photo-story>
        <photo-story session-src=${sessionUrl(otherKey)} login-url=${`${archive}/in`} .entry=${{ ...seedEntry, comments: commentsUrl(otherKey) }}></photo-story>
      </div>`);
      const [story, other] = [...el.querySelectorAll<PhotoStory>('photo-story')];
      const thread = await listSettled((await settled(story)).shadowRoot!.querySelector<CommentThread>('comment-thread')!);
      const otherThread = await listSettled((await settled(other)).shadowRoot!.querySelector<CommentThread>('comment-thread')!);
      thread.scrollIntoView();
      gateOf(thread).shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!.click();
      await import('../src/session/session-link.js');
      await new Promise((resolve) => setTimeout(resolve));
      answer(archive, frame.contentWindow);
      await composer(thread);
      // The other session asks its own URL again instead (and learns that nobody is signed in there).
      await waitUntil(async () => (await log(otherKey)).filter((entry) => entry.path == '/api/session').length == 2, 'not asked again');
      expect(gateOf(otherThread).querySelector('textarea'), 'the other session’s reader is not signed in').to.equal(null);
      const withToken = (await log(otherKey)).filter((entry) => entry.authorization);
      expect(withToken.map((entry) => entry.authorization)).to.deep.equal([]);
    });

    it('offers a thread’s own login-url', async () => {
      const el = await listSettled(
        await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} login-url="https://login2.example/in?next={return}"></comment-thread>`),
      );
      // Log in opens the thread's login page once the session code has loaded.
      const logIn = gateOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!;
      await waitUntil(() => (logIn.click(), opened.length), 'the session code never loaded');
      expect(opened).to.deep.equal([`https://login2.example/in?next=${encodeURIComponent(location.href)}`]);
    });

    it('opens nothing when the page cancels login-request', async () => {
      const gate = await fixture<LoginGate>(html`<login-gate login-url="/login"></login-gate>`);
      gate.addEventListener('login-request', (event) => event.preventDefault());
      gate.shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!.click();
      expect(opened).to.deep.equal([]);
      await expect(gate).to.be.accessible();
    });
  });

  it('never sends the reader’s token to another origin than the session’s', async () => {
    const key = unique();
    const foreign = commentsUrl(key, {}, `http://127.0.0.1:${location.port}`);
    const entry = { ...seedEntry, comments: foreign };
    const el = await settled(await fixture<PhotoStory>(html`<photo-story session-src=${sessionUrl(key, ana)} .entry=${entry}></photo-story>`));
    const thread = await composer(el.shadowRoot!.querySelector<CommentThread>('comment-thread')!);
    await write(thread, 'Hello.');
    await send(thread);
    const toForeign = (await log(key)).filter((entry) => entry.path == '/api/comments');
    expect(toForeign.length).to.be.greaterThan(1);
    expect(toForeign.map((entry) => [entry.authorization, entry.cookie])).to.deep.equal(toForeign.map(() => [null, false]));
  });
});

describe('hostile sessions', () => {
  it('gives a <login-gate>’s session to the thread inside it', async () => {
    const key = unique();
    const gate = await fixture<LoginGate>(html`<login-gate session-src=${sessionUrl(key, ana)}>
      <comment-thread src=${commentsUrl(key)}></comment-thread>
    </login-gate>`);
    const thread = await composer(gate.querySelector<CommentThread>('comment-thread')!);
    expect(visibleText(inBox(thread, 'p'))).to.contain('Ana Beltrán');
  });

  it('signs out a reader whose token the archive no longer takes, and shows the list and the prompt', async () => {
    const key = unique();
    const el = await fixture<CommentThread>(
      html`<comment-thread src=${commentsUrl(key, { reject: `t-${key}` })} session-src=${sessionUrl(key, ana)}></comment-thread>`,
    );
    await waitUntil(async () => (await log(key)).some((entry) => entry.authorization == `Bearer t-${key}`), 'no request with the token', { timeout: 5000 });
    await waitUntil(() => gateOf(el)?.shadowRoot?.querySelector('[part=prompt]'), 'no sign-in prompt', { timeout: 5000 });
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('keeps a reader who signs in again on a list that refuses readers without a token', async function () {
    this.timeout(20000);
    const key = unique();
    // The list refuses the old token and anyone without one; the page's own sign-in gives a new token.
    const el = document.createElement('comment-thread') as CommentThread;
    Object.assign(el, { src: commentsUrl(key, { reject: 'old', auth: 'required' }), user: ana, token: 'old' });
    const signedOut = oneEvent(el, 'session-change');
    document.body.append(el);
    try {
      expect((await signedOut).detail.user, 'the old token is refused').to.equal(null);
      await waitUntil(async () => (await log(key)).filter((entry) => entry.method == 'GET').length == 2, 'asked again without the token');
      await waitUntil(() => el.shadowRoot!.querySelector('[part=retry]'), 'refused without a token too');
      const changes: unknown[] = [];
      el.addEventListener('session-change', (event) => changes.push((event as CustomEvent).detail.user));
      Object.assign(el, { user: { ...ana }, token: 'new' });
      await composer(el);
      expect(el.shadowRoot!.querySelectorAll('article').length, 'the list, read with the new token').to.equal(1);
      expect(changes.map((user) => (user as { name?: string } | null)?.name ?? null), 'signed in, and not signed out again by the answer given to nobody').to.deep.equal([ana.name]);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('shows a hostile reader’s name as text, drops a token a header cannot carry, and survives broken answers', async () => {
    const key = unique();
    const hostile = { user: { id: 'x', name: '<img src=x onerror="window.hacked=1">Eve', avatar: 'javascript:alert(1)' }, token: 'bad\ntoken' };
    const el = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(key)} session-src=${echo(hostile)}></comment-thread>`),
    );
    expect(visibleText(inBox(el, 'p'))).to.equal('Signed in as Eve. Log out');
    expect(gateOf(el).querySelector('img')).to.equal(null);
    await write(el, 'Hello.');
    await send(el);
    const post = (await log(key)).find((entry) => entry.method == 'POST')!;
    expect(post.authorization, 'no token that could split a header').to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);

    // Each asked as often as it will be (a 500 is tried twice), then given a frame to be drawn.
    for (const [broken, attempts] of [[echo('not json', { type: 'text/html' }), 1], [echo({ user: 'nobody' }), 1], [echo({}, { status: 500 }), 2]] as const) {
      const out = await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} session-src=${broken}></comment-thread>`);
      await listSettled(out);
      await waitUntil(async () => (await requestCount(broken)) == attempts, `${broken} asked ${attempts} times`, { timeout: 5000 });
      await nextFrame();
      await out.updateComplete;
      expect(gateOf(out).querySelector('textarea'), broken).to.equal(null);
      expect(visibleText(gateOf(out).shadowRoot!.querySelector('[part=prompt]'))).to.contain('You must be logged in');
    }
  });

  it('ignores a login page that is not http(s)', async () => {
    const key = unique();
    const entry = { ...seedEntry, comments: commentsUrl(key), login: 'javascript:alert(1)//{return}' };
    const el = await settled(await fixture<PhotoStory>(html`<photo-story .entry=${entry}></photo-story>`));
    const thread = await listSettled(el.shadowRoot!.querySelector<CommentThread>('comment-thread')!);
    const opened: unknown[] = [];
    const realOpen = window.open;
    window.open = ((...args: unknown[]) => (opened.push(args), null)) as typeof window.open;
    try {
      const request = oneEvent(el, 'login-request');
      gateOf(thread).shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!.click();
      expect((await request).detail.url).to.equal(undefined);
      expect(opened).to.deep.equal([]);
    } finally {
      window.open = realOpen;
    }
  });
});

describe('posting', () => {
  it('shows the comment at once as sending, then as posted; the list is asked again', async () => {
    const key = unique();
    const el = await composer(await signedIn(commentsUrl(key)));
    await write(el, 'Her sisters, I think.');
    const posted = oneEvent(el, 'comment-posted');
    inBox<HTMLButtonElement>(el, '[part=send]')!.click();
    await el.updateComplete;
    const mine = () => [...el.shadowRoot!.querySelectorAll('article')].at(-1)!;
    expect(visibleText(mine().querySelector('[part=badge]'))).to.equal('Sending…');
    expect(status(el)).to.equal('Sending your comment…');
    expect((await posted).detail.status).to.equal(201);
    await waitUntil(async () => (await log(key)).map((entry) => entry.method).join(' ').includes('POST GET'), 'no GET after the post', { timeout: 5000 });
    await el.updateComplete;
    expect(mine().querySelector('[part=badge]')).to.equal(null);
    expect(visibleText(mine().querySelector('p'))).to.equal('Her sisters, I think.');
    expect(status(el)).to.equal('Your comment is posted.');
    expect(textarea(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement?.id, 'focus on the posted comment').to.equal(mine().id).and.to.equal('comment-p1');
    await expect(el).to.be.accessible();
  });

  it('shows a comment held for moderation (202) as awaiting moderation', async () => {
    const el = await composer(await signedIn(commentsUrl(unique())));
    await write(el, 'More at https://example.org/');
    const event = (await send(el)) as CustomEvent;
    expect(event.detail.status).to.equal(202);
    const mine = [...el.shadowRoot!.querySelectorAll('article')].at(-1)!;
    expect(visibleText(mine.querySelector('[part=badge]'))).to.equal('Awaiting moderation');
    expect(status(el)).to.equal('Your comment is posted and awaits moderation.');
    await expect(el).to.be.accessible();
  });

  it('keeps the reader’s comment in view when the list asked again does not have it yet', async () => {
    const key = unique();
    // An archive (or a cache on the way) whose list does not show pending comments.
    const withoutPosted = recordingLists(async (url: string, init: RequestInit) => {
      const response = await fetch(url, init);
      if (init.method == 'POST') return response;
      const list = await response.json();
      return new Response(JSON.stringify({ ...list, comments: list.comments.slice(0, 1) }));
    });
    const el = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(key)} .user=${ana} .fetch=${withoutPosted}></comment-thread>`),
    );
    await write(el, 'Mine, see https://example.org/');
    await send(el);
    const askedAgain = async () => (await log(key)).map((entry) => entry.method).join(' ').includes('POST GET');
    await waitUntil(askedAgain, 'the list was not asked again', { timeout: 5000 });
    await withoutPosted.listsShown(el);
    const texts = [...el.shadowRoot!.querySelectorAll('article > p')].map(visibleText);
    expect(texts).to.deep.equal(['Seen from the other side of the quay.', 'Mine, see https://example.org/']);
  });

  it('keeps the text after a failure; Retry sends the same Idempotency-Key, and the comment is stored once', async () => {
    const key = unique();
    const el = await composer(await signedIn(commentsUrl(key, { failTimes: '1' })));
    await write(el, 'Once only.');
    const failed = (await send(el)) as CustomEvent;
    expect(failed.type).to.equal('comment-failed');
    expect(failed.detail).to.deep.include({ reason: 'http', status: 503 });
    expect(textarea(el).value).to.equal('Once only.');
    expect(status(el)).to.equal('Refused (503). Try again');
    expect(visibleText(inBox(el, '[part=post-status] [role=status]')), 'the sentence alone is announced').to.equal('Refused (503).');
    expect(el.shadowRoot!.querySelectorAll('article').length, 'the failed comment left the list').to.equal(1);
    expect(el.shadowRoot!.activeElement).to.equal(inBox(el, '[part=retry]'));
    await expect(el).to.be.accessible();

    const posted = oneEvent(el, 'comment-posted');
    inBox<HTMLButtonElement>(el, '[part=retry]')!.click();
    await posted;
    const posts = (await log(key)).filter((entry) => entry.method == 'POST');
    expect(posts.length).to.equal(2);
    expect(posts[0].idempotencyKey).to.match(/^[0-9a-f]{32}$/);
    expect(posts[1].idempotencyKey).to.equal(posts[0].idempotencyKey);
    const list = await (await fetch(commentsUrl(key))).json();
    expect(list.comments.filter((comment: { text: string }) => comment.text == 'Once only.').length).to.equal(1);
  });

  it('says why: 401 asks to sign in again, 413 and 422 show the archive’s sentence, no network says so', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ status: '401' }, 'Your sign-in has expired: log in again to post. Log in Try again'],
      [{ status: '413' }, 'Refused (413). Try again'],
      [{ status: '422' }, 'Refused (422). Try again'],
    ];
    for (const [params, said] of cases) {
      const el = await composer(await signedIn(commentsUrl(unique(), params)));
      await write(el, 'Kept.');
      await send(el);
      expect(status(el)).to.equal(said);
      expect(textarea(el).value).to.equal('Kept.');
      // Its Log in opens the login page in a new window, and says so, as the gate's does.
      const login = inBox(el, '[part=post-status] [part=login]');
      if (login) expect(login.getAttribute('aria-description')).to.equal('Opens in a new window');
      else expect(said).not.to.contain('Log in');
    }
    const unreachable = (url: string, init: RequestInit) =>
      init.method == 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(url, init);
    const offline = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} .user=${ana} .fetch=${unreachable}></comment-thread>`),
    );
    await write(offline, 'Kept.');
    await send(offline);
    expect(status(offline)).to.equal('Couldn’t reach the archive. Try again');
    await expect(offline).to.be.accessible();
  });

  it('lets the page take over a post by cancelling comment-post', async () => {
    const key = unique();
    const el = await composer(await signedIn(commentsUrl(key)));
    el.addEventListener('comment-post', (event) => event.preventDefault());
    await write(el, 'Mine to send.');
    inBox<HTMLButtonElement>(el, '[part=send]')!.click();
    await el.updateComplete;
    expect((await log(key)).some((entry) => entry.method == 'POST')).to.equal(false);
    expect(textarea(el).value).to.equal('Mine to send.');
  });

  it('replies to a comment; Ctrl+Enter sends', async () => {
    const key = unique();
    const el = await composer(await signedIn(commentsUrl(key)));
    await waitUntil(() => el.shadowRoot!.querySelector('[part=reply]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=reply]')!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement == textarea(el), 'focus goes to the box');
    expect(visibleText(inBox(el, 'p:nth-of-type(2)'))).to.equal('Replying to Marta. Cancel reply');
    await write(el, 'Me too.');
    const posted = oneEvent(el, 'comment-posted');
    textarea(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    await posted;
    const post = (await log(key)).find((entry) => entry.method == 'POST')!;
    expect(post.body).to.deep.equal({ text: 'Me too.', parent: 'c1' });
    await expect(el).to.be.accessible();
  });

  it('keeps the reader’s reply in view when the thread shows fewer comments (limit)', async () => {
    const el = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} limit="1" .user=${ana} .token=${'tok'}></comment-thread>`),
    );
    const texts = () => all(el, 'article').map((article) => visibleText(article.querySelector(':scope > p')));
    expect(texts()).to.deep.equal(['Seen from the other side of the quay.']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=reply]')!.click();
    await write(el, 'Me too.');
    await send(el);
    expect(texts()).to.deep.equal(['Seen from the other side of the quay.', 'Me too.']);
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.matches('article'), 'focus on the reply');
    expect(texts(), 'after the list is asked again').to.deep.equal(['Seen from the other side of the quay.', 'Me too.']);
    await expect(el).to.be.accessible();
  });

  it('shows the reader’s new comment at the end of a long thread without drawing the rest', async () => {
    let answer = 201;
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, author: { name: `Reader ${i}` }, text: `Comment ${i}.` }));
    const archive = async (url: string, init: RequestInit) =>
      init.method == 'POST'
        ? new Response(JSON.stringify(answer == 201 ? { id: 'mine', author: { name: 'Ana' }, text: 'Mine.' } : { error: 'No.' }), { status: answer })
        : new Response(JSON.stringify({ comments: many }));
    const el = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} limit="5" .user=${ana} .token=${'tok'} .fetch=${archive}></comment-thread>`),
    );
    const texts = () => all(el, 'article').map((article) => visibleText(article.querySelector(':scope > p')));
    answer = 500;
    await write(el, 'Mine.');
    await send(el);
    expect(texts(), 'refused: the thread as it was').to.deep.equal(['Comment 0.', 'Comment 1.', 'Comment 2.', 'Comment 3.', 'Comment 4.']);
    answer = 201;
    await send(el);
    expect(texts()).to.deep.equal(['Comment 0.', 'Comment 1.', 'Comment 2.', 'Comment 3.', 'Comment 4.', 'Mine.']);
    expect(visibleText(el.shadowRoot!.querySelector('.gap'))).to.equal('25 earlier comments not shown');
    expect(all(el, '[part=more]').length, 'the rest is a click away').to.equal(1);
    all(el, '[part=more]')[0].click();
    await waitUntil(() => all(el, 'article').length == 11);
    expect(visibleText(el.shadowRoot!.activeElement!.querySelector(':scope > p'))).to.equal('Comment 5.');
    await expect(el).to.be.accessible();
  });

  it('keeps past the limit a post the archive holds for moderation (202, no body), and shows no "more" for it alone', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `m${i}`, text: `Comment ${i}.` }));
    const archive = recordingLists(async (_: string, init: RequestInit) =>
      init.method == 'POST' ? new Response('', { status: 202 }) : new Response(JSON.stringify({ comments: many })),
    );
    const el = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} limit="5" .user=${ana} .token=${'tok'} .fetch=${archive}></comment-thread>`),
    );
    await write(el, 'Mine.');
    await send(el);
    await archive.listsShown(el); // the list asked again
    expect(all(el, 'article').map((article) => visibleText(article.querySelector(':scope > p')))).to.deep.equal([
      'Comment 0.', 'Comment 1.', 'Comment 2.', 'Comment 3.', 'Comment 4.', 'Mine.',
    ]);
    expect(all(el, '[part=more]').length, 'nothing is hidden').to.equal(0);
  });

  it('shows a post once when the archive answers with its id alone', async () => {
    const stored = [{ id: 'a', author: { name: 'Marta' }, text: 'A.' }];
    const archive = recordingLists(async (_: string, init: RequestInit) => {
      if (init.method != 'POST') return new Response(JSON.stringify({ comments: stored }));
      stored.push({ id: 'p1', author: { name: 'Ana' }, text: JSON.parse(init.body as string).text });
      return new Response(JSON.stringify({ id: 'p1' }), { status: 201 });
    });
    const el = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} .user=${ana} .token=${'tok'} .fetch=${archive}></comment-thread>`),
    );
    await write(el, 'Mine.');
    await send(el);
    await archive.listsShown(el); // the list asked again
    expect(all(el, 'article').map((article) => visibleText(article.querySelector(':scope > p')))).to.deep.equal(['A.', 'Mine.']);
  });

  it('keeps a comment on its way shown when the list asked again for an earlier post arrives', async () => {
    const stored = [{ id: 'a', author: { name: 'Marta' }, text: 'A.' }];
    let releasePost: () => void = () => {};
    let slowPost = false;
    const archive = recordingLists(async (_: string, init: RequestInit) => {
      if (init.method == 'POST') {
        if (slowPost) await new Promise<void>((resolve) => (releasePost = resolve));
        const comment = { id: `p${stored.length}`, author: { name: 'Ana' }, text: JSON.parse(init.body as string).text };
        stored.push(comment);
        return new Response(JSON.stringify(comment), { status: 201 });
      }
      const list = JSON.stringify({ comments: stored });
      await aTimeout(300); // the list comes slowly
      return new Response(list);
    });
    const el = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${commentsUrl(unique())} .user=${ana} .token=${'tok'} .fetch=${archive}></comment-thread>`),
    );
    const texts = () => all(el, 'article').map((article) => visibleText(article.querySelector(':scope > p')));
    await write(el, 'First.');
    await send(el);
    slowPost = true;
    await write(el, 'Second.');
    const second = send(el);
    await archive.listsShown(el); // the refresh for the first post has landed
    expect(texts(), 'the comment being sent').to.deep.equal(['A.', 'First.', 'Second.']);
    releasePost();
    await second;
    await archive.listsShown(el);
    expect(texts()).to.deep.equal(['A.', 'First.', 'Second.']);
  });

  it('counts characters against the list’s maxLength and will not send past it', async () => {
    const el = await composer(await signedIn(commentsUrl(unique(), { maxLength: '10' })));
    await write(el, 'Twelve chars');
    expect(visibleText(inBox(el, '#composer-hint'))).to.match(/^2 characters too many/);
    expect(inBox<HTMLButtonElement>(el, '[part=send]')!.disabled).to.equal(true);
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    // Ctrl+Enter then says, in the status that is announced, why nothing was sent.
    expect(visibleText(inBox(el, '[part=post-status]'))).to.equal('');
    textarea(el).focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => visibleText(inBox(el, '[part=post-status]')) == '2 characters too many', 'the status says why');
    await write(el, 'Nine char');
    expect(visibleText(inBox(el, '#composer-hint'))).to.match(/^1 character left/);
    await expect(el).to.be.accessible();
  });
});

describe('drafts', () => {
  it('survive a reload, per thread and reader, and go on sign-out', async () => {
    const src = commentsUrl(unique());
    const first = await composer(await signedIn(src));
    await write(first, 'Half a thought');
    first.remove();
    const again = await composer(await signedIn(src));
    expect(textarea(again).value, 'the same reader gets the draft back').to.equal('Half a thought');
    const other = await composer(
      await fixture<CommentThread>(html`<comment-thread src=${src} .user=${{ id: 'bo', name: 'Bo' }}></comment-thread>`),
    );
    expect(textarea(other).value, 'another reader does not').to.equal('');

    const changed = oneEvent(again, 'session-change');
    inBox<HTMLButtonElement>(again, '[part=logout]')!.click();
    expect((await changed).detail.user).to.equal(null);
    expect(Object.keys(localStorage).filter((name) => name.includes('ana'))).to.deep.equal([]);
    await again.updateComplete;
    await expect(again).to.be.accessible();
  });

  it('storage that throws does not stop posting', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await composer(await signedIn(commentsUrl(unique())));
      await write(el, 'Still sent.');
      expect(((await send(el)) as CustomEvent).type).to.equal('comment-posted');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
