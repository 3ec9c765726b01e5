import { expect, waitUntil } from '@open-wc/testing';
import DOMPurify from 'dompurify';
// The snippet builder's own modules (demo/builder.html), plain JavaScript.
// @ts-expect-error: no type declarations for the demo's modules
import { corsCheck } from '../demo/cors-check.js';
// @ts-expect-error: no type declarations for the demo's modules
import { snippets } from '../demo/snippets.js';
import { blankPage, EMBED } from './support/blank-page.js';
import { echo, seedEntry } from './support/fixtures.js';

const foreign = `http://127.0.0.1:${location.port}`;

const settings = (overrides = {}) => ({
  src: echo(seedEntry),
  script: EMBED,
  fallback: { title: seedEntry.title, url: seedEntry.url, date: seedEntry.date },
  ...overrides,
});

const titleIn = (page: Document) =>
  page.querySelector('photo-story')?.shadowRoot?.querySelector('[part=title]')?.textContent?.trim();

describe('the snippet builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('makes a tag snippet that works when pasted into a blank page', async () => {
    const { tag } = snippets(settings({ headingLevel: '3', lang: 'en-GB' }));
    const page = await blankPage(tag);
    await waitUntil(() => titleIn(page) == seedEntry.title, 'the pasted tag never showed its story', { timeout: 5000 });
    const story = page.querySelector('photo-story')!;
    expect(story.shadowRoot!.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('3');
    expect(story.lang).to.equal('en-GB');
    expect(story.querySelector('a')!.href, 'its fallback links the entry page').to.equal(seedEntry.url);
  });

  it('makes a plain-HTML snippet that works in a blank page with the script line, also after DOMPurify', async () => {
    const map = JSON.stringify({ title: 'record.name', date: 'record.when' });
    const { plain, script } = snippets(settings({ src: echo({ record: { name: 'Mapped "title" <b>in bold</b>', when: '1910' } }), map }));
    expect(plain).to.match(/^<blockquote class="photo-story" data-src=/);
    for (const markup of [plain, DOMPurify.sanitize(plain)]) {
      const page = await blankPage(`${script}\n${markup}`);
      await waitUntil(() => titleIn(page) == 'Mapped "title" in bold', 'the pasted form never upgraded', { timeout: 5000 });
      expect(page.querySelectorAll('photo-story')).to.have.length(1);
      expect(page.querySelector('photo-story > blockquote.photo-story'), 'the markup is its fallback').to.exist;
    }
  });

  it('escapes everything it writes, so hostile data stays text', async () => {
    const hostile = '"><img src=x onerror="window.ran=1"><script>window.ran=2</script>';
    const made = snippets(
      settings({
        src: `https://archive.example.org/a.json?q=${hostile}`,
        fallback: { title: hostile, url: `https://archive.example.org/p?${hostile}`, caption: hostile, image: { src: 'https://archive.example.org/i.jpg', alt: hostile } },
        theme: { '--photo-story-accent': hostile },
      }),
    );
    for (const markup of [made.tag, made.plain]) {
      const doc = new DOMParser().parseFromString(markup, 'text/html');
      expect(doc.querySelectorAll('script[src]'), 'only the embed script').to.have.length(markup == made.tag ? 1 : 0);
      expect(doc.querySelectorAll('script:not([src]), [onerror]')).to.have.length(0);
      expect(doc.querySelector('a')!.textContent).to.equal(hostile);
      expect(doc.querySelector('img')!.alt).to.equal(hostile);
    }
    expect(new DOMParser().parseFromString(made.tag, 'text/html').querySelector('photo-story')!.getAttribute('src')).to.equal(
      `https://archive.example.org/a.json?q=${hostile}`,
    );
  });

  it('puts the theme on the tag and into CSS for the plain form, and refuses a map that is not JSON', () => {
    const made = snippets(settings({ theme: { '--photo-story-accent': '#8a3b12', '--photo-story-title-font': '' } }));
    expect(made.tag).to.contain('style="--photo-story-accent: #8a3b12;"');
    expect(made.plain).not.to.contain('style=');
    expect(made.css).to.equal('photo-story {\n  --photo-story-accent: #8a3b12;\n}');
    expect(snippets(settings()).css).to.equal('');
    expect(() => snippets(settings({ map: '{title: oops}' }))).to.throw(SyntaxError);
  });

  describe('the cross-origin check', () => {
    it('says when another site’s server allows reading its JSON', async () => {
      expect(await corsCheck(`${foreign}/api/echo?body=%7B%7D&key=cors`)).to.include({ level: 'ok' });
    });

    it('warns when the server answers but sends no Access-Control-Allow-Origin', async () => {
      const { level, message } = await corsCheck(`${foreign}/tests/fixtures/cms/frida-suit.json`);
      expect(level).to.equal('warn');
      expect(message).to.contain('does not let other sites read this JSON').and.contain('Access-Control-Allow-Origin: *');
    });

    it('notes that a JSON on the page’s own site proves nothing for other sites', async () => {
      expect(await corsCheck('/tests/fixtures/cms/frida-suit.json')).to.include({ level: 'note' });
    });

    it('warns about errors, unreachable servers and what is not a web address', async () => {
      expect((await corsCheck(`${foreign}/api/echo?body=%7B%7D&status=404&key=cors404`)).message).to.contain('answered 404');
      expect((await corsCheck('http://127.0.0.1:9/refused.json')).message).to.contain('could not be reached');
      expect((await corsCheck('javascript:alert(1)')).level).to.equal('warn');
      expect((await corsCheck('http://[::1')).message).to.contain('not a URL');
    });
  });
});
