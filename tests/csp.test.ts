import { expect } from '@open-wc/testing';
import { echo, seedEntry } from './support/fixtures.js';
import { nearbyItem } from './support/lists.js';
import { hostileEntry } from './support/hostile.js';

interface Report {
  type: string;
  violations: string[];
  trustedTypesEnforced: boolean;
  title?: string;
  titleWeight?: string;
  story?: string;
  sections?: string[];
  comments?: number;
  nearby?: number;
  scripts?: string[];
}

/** Loads the built dist/embed.js in a page served with the strict CSP and Trusted Types. */
async function renderUnderCsp(entry: unknown, trustedTypes = ''): Promise<Report> {
  const frame = document.createElement('iframe');
  const report = new Promise<Report>((resolve) =>
    window.addEventListener('message', function listen(event) {
      if (event.source != frame.contentWindow) return;
      window.removeEventListener('message', listen);
      resolve(event.data);
    }),
  );
  frame.src = `/tests/csp/page.html?src=${encodeURIComponent(echo(entry))}${trustedTypes && `&tt=${trustedTypes}`}`;
  // Tall enough for the lists, which load only near the top-level viewport.
  Object.assign(frame, { width: 800, height: 4000 });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('under a strict CSP with Trusted Types required', () => {
  it('renders the story with no violation', async () => {
    const report = await renderUnderCsp(seedEntry);
    expect(report.trustedTypesEnforced, 'the page really enforces Trusted Types').to.equal(true);
    expect(report.type).to.equal('photo-story-load');
    expect(report.violations).to.deep.equal([]);
    expect(report.title).to.equal(seedEntry.title);
    expect(report.titleWeight, 'the element’s styles apply').to.equal('700');
  });

  it('renders the whole seed page — comments, sign-in prompt, nearby photos — with no violation', async () => {
    const entry = {
      ...seedEntry,
      comments: echo({ comments: [{ id: 'c', author: { name: '<b>M</b>' }, text: 'See https://example.org/x &amp; <i>more</i>' }] }),
      nearby: echo({
        items: [1, 2].map((n) => nearbyItem(n, { title: `<img src=x onerror=alert(1)>${n}`, thumbnail: `/thumbs/${n}.jpg` })),
      }),
    };
    const report = await renderUnderCsp(entry);
    expect(report.violations).to.deep.equal([]);
    expect(report.sections).to.deep.equal(['1 comment', 'Nearby photos']);
    expect([report.comments, report.nearby]).to.deep.equal([1, 2]);
    expect(report.scripts, 'the comment renderer, and the HTML reader for HTML in data').to.have.members(['embed', 'comment-view', 'html-text']);
  });

  it('loads nothing but embed.js for the signed-out seed page: no sign-in, composer or optional reader', async () => {
    const entry = {
      ...seedEntry,
      comments: echo({ comments: [] }),
      nearby: echo({ items: [1, 2].map((n) => nearbyItem(n)) }),
      login: '/login?next={return}',
    };
    const report = await renderUnderCsp(entry);
    expect(report.sections).to.deep.equal(['Comments', 'Nearby photos']);
    expect(report.scripts).to.deep.equal(['embed']);
  });

  it('shows entities as written, with one violation only, when the page refuses its policy', async () => {
    const entry = { ...seedEntry, title: '<b>Pir&aacute;mide</b> Templo', story: ['A &amp; B', 'C &amp; D'], credit: 'E &amp; F' };
    const report = await renderUnderCsp(entry, 'lit-html');
    expect(report.title).to.equal('Pir&aacute;mide Templo');
    expect(report.violations.length, report.violations.join('\n')).to.equal(1);
  });

  it('reads HTML in data through its named policy, with no violation', async () => {
    const entry = { ...hostileEntry(0), title: '<b>Pir&aacute;mide</b> Templo', story: '<p>One &amp; two</p>' };
    const report = await renderUnderCsp(entry);
    expect(report.violations).to.deep.equal([]);
    expect(report.title).to.equal('Pirámide Templo');
    expect(report.story).to.equal('One & two');
  });
});
