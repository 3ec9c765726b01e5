import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CommentThread } from '../src/index.js';
import { echo } from './support/fixtures.js';
import { HTML_PAYLOADS, liveScript, payloadsHadTheirChance } from './support/hostile.js';
import { all, listSettled, visibleText } from './support/lists.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const nested = {
  comments: [
    { id: 'c1', author: { name: 'Marta', url: 'https://archive.example.org/users/marta' }, created: hoursAgo(50), text: 'First.' },
    {
      id: 'c2',
      author: { name: 'Juan', avatar: 'https://archive.example.org/a/juan.jpg' },
      created: hoursAgo(3),
      text: 'Who are the others?\n\nSecond paragraph.',
      replies: [{ id: 'c3', author: { name: 'OldPik' }, created: hoursAgo(2), text: 'Her sisters.' }],
    },
    { id: 'c4', author: { name: 'Ana' }, created: hoursAgo(1), text: 'Awaiting a moderator.', status: 'pending' },
  ],
  total: 4,
};

/** Each comment's author and depth (0 for a thread, 1 for a reply, …), in reading order. */
const shape = (el: CommentThread) =>
  all(el, 'article').map((article) => {
    let depth = 0;
    for (let node = article.parentElement!.closest('article'); node; node = node.parentElement!.closest('article')) depth++;
    return `${depth}:${visibleText(article.querySelector('[part=author]'))}`;
  });

describe('<comment-thread>', () => {
  it('shows threads with their replies, authors, times and paragraphs', async () => {
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread src=${echo(nested)}></comment-thread>`));
    expect(visibleText(el.shadowRoot!.querySelector('[part=heading]'))).to.equal('4 comments');
    expect(shape(el)).to.deep.equal(['0:Marta', '0:Juan', '1:OldPik', '0:Ana']);
    const [first, second] = all(el, 'article');
    expect(first.id).to.equal('comment-c1');
    expect(first.querySelector<HTMLAnchorElement>('[part=author] a')!.href).to.equal('https://archive.example.org/users/marta');
    expect(visibleText(first.querySelector('time'))).to.equal('2 days ago');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal(nested.comments[0].created);
    expect(visibleText(second.querySelector('time'))).to.equal('3 hours ago');
    expect([...second.querySelectorAll(':scope > p')].map((p) => p.textContent)).to.deep.equal(['Who are the others?', 'Second paragraph.']);
    const avatar = second.querySelector<HTMLImageElement>('[part=avatar]')!;
    expect(avatar.src).to.equal('https://archive.example.org/a/juan.jpg');
    // The comments' styles come with the chunk that shows them.
    const { width, height } = avatar.getBoundingClientRect();
    expect([width > 20, width]).to.deep.equal([true, height], 'a round avatar of about 2em');
    const reply = all(el, 'article')[2];
    expect(reply.getBoundingClientRect().left - second.getBoundingClientRect().left, 'a reply is indented').to.be.above(10);
    await expect(el).to.be.accessible();
  });

  it('gives each comment and author the direction of their own words, in a thread of either direction', async () => {
    const comments = [
      { id: 'a', author: { name: 'أحمد' }, text: 'صورة رائعة، شكرًا!' },
      { id: 'e', author: { name: 'Ana' }, text: 'A wonderful photo, thank you!' },
    ];
    for (const dir of ['ltr', 'rtl']) {
      const el = await listSettled(await fixture<CommentThread>(html`<comment-thread dir=${dir} .comments=${{ comments, post: false }}></comment-thread>`));
      const [arabic, english] = all(el, 'article').map((article) => getComputedStyle(article.querySelector(':scope > p')!).direction);
      expect([arabic, english], `in a ${dir} thread`).to.deep.equal(['rtl', 'ltr']);
      // Each name is isolated from the words around it (a right-to-left name before a left-to-right time).
      expect(all(el, '[part=author]').map((author) => author.localName)).to.deep.equal(['bdi', 'bdi']);
      await expect(el).to.be.accessible();
    }
  });

  it('links each comment to itself, with its full date reachable by keyboard and touch', async () => {
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${nested}></comment-thread>`));
    const when = all<HTMLAnchorElement>(el, '.when')[0];
    expect(when.getAttribute('href')).to.equal('#comment-c1');
    const full = when.querySelector<HTMLElement>('.full')!;
    expect(full.getClientRects().length, 'hidden until asked for').to.equal(0);
    when.focus();
    expect(full.getClientRects().length, 'shown on focus (and on tap, which focuses)').to.be.above(0);
    expect(visibleText(full)).to.match(/^· \w+ \d+, \d{4}/);
  });

  it('holds its space while loading, and is accessible then', async () => {
    const never = () => new Promise<Response>(() => {});
    const el = await fixture<CommentThread>(html`<comment-thread .fetch=${never} src="https://a.example/c.json"></comment-thread>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.skeleton'));
    expect(el.getBoundingClientRect().height).to.be.above(60);
    await expect(el).to.be.accessible();
  });

  it('marks comments awaiting moderation', async () => {
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${nested}></comment-thread>`));
    const pending = all(el, 'article')[3];
    expect(pending.getAttribute('part')).to.equal('comment pending');
    expect(visibleText(pending.querySelector('[part=badge]'))).to.equal('Awaiting moderation');
  });

  it('threads a flat list whose items name their parent, as it threads nested replies', async () => {
    const flat = [
      { id: 'a', author: { name: 'A' }, text: 'one' },
      { id: 'b', author: { name: 'B' }, text: 'two', parent: 'a' },
      { id: 'c', author: { name: 'C' }, text: 'three', parent: 'b' },
      { id: 'd', author: { name: 'D' }, text: 'four', parent: 'zz' },
      { id: 'e', author: { name: 'E' }, text: 'five', parent: 'e' },
      { id: 'f', author: { name: 'F' }, text: 'six', parent: 'g' },
      { id: 'g', author: { name: 'G' }, text: 'seven', parent: 'f' },
    ];
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${flat}></comment-thread>`));
    expect(shape(el)).to.deep.equal(['0:A', '1:B', '2:C', '0:D', '0:E', '0:F', '1:G']);
    expect(visibleText(el.shadowRoot!.querySelector('[part=heading]'))).to.equal('7 comments');
  });

  it('shows the empty state and the sign-in prompt', async () => {
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${{ comments: [] }}></comment-thread>`));
    expect(visibleText(el.shadowRoot!.querySelector('[part=heading]'))).to.equal('Comments');
    expect(visibleText(el.shadowRoot!.querySelector('[part=empty]'))).to.equal('No comments yet — be the first to comment');
    const gate = el.shadowRoot!.querySelector('login-gate')!;
    expect(visibleText(gate.shadowRoot!.querySelector('[part=prompt]'))).to.equal('You must be logged in to comment on the photos. Log in');
    await expect(el).to.be.accessible();
  });

  it('lets the page style the sign-in prompt through the thread’s parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'comment-thread::part(login) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${[]}></comment-thread>`));
      const button = el.shadowRoot!.querySelector('login-gate')!.shadowRoot!.querySelector('[part=login]')!;
      expect(getComputedStyle(button).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('shows no sign-in prompt for a read-only list', async () => {
    const el = await listSettled(
      await fixture<CommentThread>(html`<comment-thread .comments=${{ comments: [], post: false }}></comment-thread>`),
    );
    expect(visibleText(el.shadowRoot!.querySelector('[part=empty]'))).to.equal('No comments yet.');
    expect(el.shadowRoot!.querySelector('login-gate')).to.equal(null);
  });

  it('says "1 comment"', async () => {
    const el = await listSettled(
      await fixture<CommentThread>(html`<comment-thread .comments=${[{ id: 'x', text: 'Only one.' }]}></comment-thread>`),
    );
    expect(visibleText(el.shadowRoot!.querySelector('[part=heading]'))).to.equal('1 comment');
  });

  it('loads more through next, with focus on the first new comment', async () => {
    const page2 = echo({ comments: [{ id: 'p2', author: { name: 'Later' }, text: 'From page two.' }] });
    const el = await listSettled(
      await fixture<CommentThread>(
        html`<comment-thread .comments=${{ comments: [{ id: 'p1', author: { name: 'Early' }, text: 'From page one.' }], next: page2, total: 2 }}></comment-thread>`,
      ),
    );
    expect(visibleText(all(el, '[part=more]')[0])).to.equal('Load more comments');
    all(el, '[part=more]')[0].click();
    await waitUntil(() => all(el, 'article').length == 2);
    expect(el.shadowRoot!.activeElement).to.equal(all(el, 'article')[1]);
    await expect(el).to.be.accessible();
  });

  it('shows `limit` comments, replies counted, and more from where it stopped, inside a thread too', async () => {
    const comments = [
      { id: 'a', author: { name: 'A' }, text: 'A.', replies: ['a1', 'a2', 'a3'].map((id) => ({ id, author: { name: id.toUpperCase() }, text: `${id}.` })) },
      { id: 'b', author: { name: 'B' }, text: 'B.' },
    ];
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread limit="3" .comments=${comments}></comment-thread>`));
    expect(visibleText(el.shadowRoot!.querySelector('[part=heading]'))).to.equal('5 comments');
    expect(shape(el)).to.deep.equal(['0:A', '1:A1', '1:A2']);
    await expect(el).to.be.accessible();
    all(el, '[part=more]')[0].click();
    await waitUntil(() => all(el, 'article').length == 5);
    expect(shape(el)).to.deep.equal(['0:A', '1:A1', '1:A2', '1:A3', '0:B']);
    expect(el.shadowRoot!.activeElement).to.equal(all(el, 'article')[3]);
    expect(all(el, '[part=more]').length).to.equal(0);
  });

  it('keeps a linked comment past the limit when the address changes; "more" then goes on from the limit', async () => {
    history.replaceState(null, '', '#comment-m5');
    try {
      const many = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, text: `Comment ${i}.` }));
      const el = await listSettled(await fixture<CommentThread>(html`<comment-thread limit="5" .comments=${many}></comment-thread>`));
      const texts = () => all(el, 'article').map((article) => visibleText(article.querySelector(':scope > p')));
      expect(texts()).to.deep.equal(['Comment 0.', 'Comment 1.', 'Comment 2.', 'Comment 3.', 'Comment 4.', 'Comment 5.']);
      history.replaceState(null, '', '#comment-m1'); // the reader follows comment 1's time link
      el.requestUpdate();
      await el.updateComplete;
      expect(texts(), 'the comment the reader came for stays').to.include('Comment 5.');
      all(el, '[part=more]')[0].click();
      await waitUntil(() => all(el, 'article').length == 10);
      expect(visibleText(el.shadowRoot!.activeElement!.querySelector(':scope > p')), 'the first new one, not 5').to.equal('Comment 6.');
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('shows no "more" when the only comment past the limit is the linked one', async () => {
    history.replaceState(null, '', '#comment-m5');
    try {
      const many = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, text: `Comment ${i}.` }));
      const el = await listSettled(await fixture<CommentThread>(html`<comment-thread limit="5" .comments=${many}></comment-thread>`));
      expect(all(el, 'article').length).to.equal(6);
      expect(all(el, '[part=more]').length).to.equal(0);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('names no comment by a link to #comment-undefined', async () => {
    history.replaceState(null, '', '#comment-undefined');
    try {
      const comments = [{ id: 'a', text: 'A.' }, { text: 'No id.' }, { text: 'No id either.' }];
      const el = await listSettled(await fixture<CommentThread>(html`<comment-thread limit="1" .comments=${comments}></comment-thread>`));
      expect(all(el, 'article').length).to.equal(1);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('gives a parent’s id to the comment, not to a reply that reuses it', async () => {
    const comments = [
      { id: 'a', author: { name: 'A' }, text: 'A.', replies: [{ id: 'a', author: { name: 'A1' }, text: 'A1.' }] },
      { id: 'c', parent: 'a', author: { name: 'C' }, text: 'C.' },
    ];
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${comments}></comment-thread>`));
    expect(shape(el)).to.deep.equal(['0:A', '1:A1', '1:C']);
  });

  it('shows a thread of 10,000 comments a screen at a time', async () => {
    const comments = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, text: `Comment ${i}.`, ...(i % 10 ? { parent: `c${i - (i % 10)}` } : {}) }));
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${comments}></comment-thread>`));
    expect(visibleText(el.shadowRoot!.querySelector('[part=heading]'))).to.equal('10,000 comments');
    expect(all(el, 'article').length).to.equal(20);
    expect(all(el, '[part=more]').length).to.equal(1);
  });

  it('turns http(s) URLs in text into safe links, and nothing else', async () => {
    const text =
      'See https://example.org/a?b=1. And (https://en.wikipedia.org/wiki/Foo_(bar)), javascript:alert(1) and ftp://x.org stay text.';
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${[{ id: 'l', text }]}></comment-thread>`));
    const links = all<HTMLAnchorElement>(el, 'article p a');
    expect(links.map((a) => [a.textContent, a.href, a.rel])).to.deep.equal([
      ['https://example.org/a?b=1', 'https://example.org/a?b=1', 'nofollow ugc noopener'],
      ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)', 'nofollow ugc noopener'],
    ]);
    expect(visibleText(all(el, 'article p')[0])).to.equal(text);
  });

  it('never makes a comment the reply of its own reply (a parent named by one of its replies)', async () => {
    const comments = [{ id: 'a', parent: 'b', author: { name: 'Ana' }, text: 'First.', replies: [{ id: 'b', author: { name: 'Juan' }, text: 'Its reply.' }] }];
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${comments}></comment-thread>`));
    expect(shape(el)).to.deep.equal(['0:Ana', '1:Juan']);
    expect(all(el, 'article p').map(visibleText)).to.deep.equal(['First.', 'Its reply.']);
  });

  it('shows hostile comments as text: nothing runs, nothing becomes a live link', async () => {
    const comments = HTML_PAYLOADS.map((payload, i) => ({
      id: `h${i}" onmouseover="window.pwned=9`,
      author: { name: payload, url: 'javascript:window.pwned=10', avatar: 'javascript:window.pwned=11' },
      created: payload,
      text: payload + ' words',
      parent: payload,
      replies: [{ text: payload, author: payload }],
    }));
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${comments}></comment-thread>`));
    await payloadsHadTheirChance();
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(liveScript(el.shadowRoot!)).to.deep.equal([]);
    expect(all(el, 'article').length).to.be.above(HTML_PAYLOADS.length);
    await expect(el).to.be.accessible();
  });

  it('tells the reader when the comments cannot be loaded, with a retry that works', async () => {
    let calls = 0;
    const fetcher = async () =>
      ++calls == 1 ? new Response('', { status: 404 }) : new Response(JSON.stringify({ comments: [{ id: 'r', text: 'Back.' }] }));
    const el = await listSettled(
      await fixture<CommentThread>(html`<comment-thread .fetch=${fetcher} src="https://a.example/c.json"></comment-thread>`),
    );
    expect(visibleText(el.shadowRoot!.querySelector('[part=status]'))).to.equal('The comments could not be loaded. Try again');
    expect(visibleText(el.shadowRoot!.querySelector('[part=status] [role=status]')), 'the sentence alone is announced').to.equal(
      'The comments could not be loaded.',
    );
    await expect(el).to.be.accessible();
    const retry = all(el, '[part=retry]')[0];
    retry.focus();
    retry.click();
    expect(el.shadowRoot!.activeElement, 'Try again keeps the focus while it tries').to.equal(retry);
    await waitUntil(() => all(el, 'article').length == 1);
    expect(visibleText(el.shadowRoot!.querySelector('[part=status]'))).to.equal('');
    await waitUntil(() => el.shadowRoot!.activeElement == el.shadowRoot!.querySelector('[part=heading]'), 'then the focus is on the list’s heading');
    await expect(el).to.be.accessible();
  });

  it('keeps focus on Try again when the comments fail again', async () => {
    let calls = 0;
    const fetcher = async () => (calls++, await aTimeout(100), new Response('', { status: 404 }));
    const el = await listSettled(
      await fixture<CommentThread>(html`<comment-thread .fetch=${fetcher} src="https://a.example/c.json"></comment-thread>`),
    );
    const retry = all(el, '[part=retry]')[0];
    retry.focus();
    retry.click();
    await waitUntil(() => calls == 2);
    await aTimeout(150);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part=retry]')[0]);
    expect(visibleText(el.shadowRoot!.querySelector('[part=status]'))).to.equal('The comments could not be loaded. Try again');
  });

  it('asks the page before sending the reader to sign in', async () => {
    const el = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${[]}></comment-thread>`));
    const gate = el.shadowRoot!.querySelector('login-gate')!;
    const asked = oneEvent(gate, 'login-request');
    gate.addEventListener('login-request', (event) => event.preventDefault(), { once: true });
    gate.shadowRoot!.querySelector<HTMLButtonElement>('[part=login]')!.click();
    const event = await asked;
    expect([event.cancelable, event.composed, event.defaultPrevented]).to.deep.equal([true, true, true]);
  });

  it('links URLs in linear time, whatever follows them', async () => {
    const started = performance.now();
    const el = await listSettled(
      await fixture<CommentThread>(html`<comment-thread .comments=${[{ id: 'p', text: 'http://a' + ')'.repeat(20_000) }]}></comment-thread>`),
    );
    await waitUntil(() => all(el, 'article p a').length == 1);
    expect(performance.now() - started).to.be.below(1000);
    expect(all(el, 'article p a')[0].textContent).to.equal('http://a');
  });

  it('brings a linked comment (#comment-<id>) into view, even far down the page, and the focus to it', async () => {
    history.replaceState(null, '', '#comment-c40');
    try {
      const many = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, text: `Comment ${i}\n\nwith\n\nroom` }));
      const box = await fixture<HTMLElement>(html`<div><div style="height: 5000px"></div><comment-thread .comments=${many}></comment-thread></div>`);
      const el = await listSettled(box.querySelector('comment-thread')!);
      const top = () => el.shadowRoot!.getElementById('comment-c40')?.getBoundingClientRect().top ?? NaN;
      await waitUntil(() => top() >= -1 && top() <= innerHeight, 'the linked comment never came into view');
      expect(all(el, 'article').length, 'the first 20, then the linked one alone').to.equal(21);
      expect(visibleText(el.shadowRoot!.querySelector('.gap')), 'and what lies between').to.equal('20 earlier comments not shown');
      expect(el.shadowRoot!.activeElement?.id, 'focus on the linked comment').to.equal('comment-c40');
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
