// Served with DESIGN's strict Content-Security-Policy (see tests/support/test-server.mjs): renders the
// story given in ?src= — with its comments and nearby photos, scrolled into view — and reports to the
// parent what the policy blocked and what the reader sees.
let trustedTypesEnforced = false;
try {
  document.createElement('div').innerHTML = '<b>probe</b>';
} catch {
  trustedTypesEnforced = true;
}

const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.sample != 'Element innerHTML|<b>probe</b>') {
    violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  }
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const story = document.createElement('photo-story');
story.src = new URLSearchParams(location.search).get('src');

async function report(event) {
  await story.updateComplete;
  const root = story.shadowRoot;
  const sections = ['comment-thread', 'nearby-photos'].map((tag) => root.querySelector(tag)).filter(Boolean);
  for (const section of sections) section.scrollIntoView();
  for (let i = 0; i < 40 && sections.some((s) => s.shadowRoot.querySelector('.skeleton')); i++) await sleep(50);
  await sleep(200);
  const title = root.querySelector('[part=title]');
  parent.postMessage(
    {
      type: event.type,
      violations,
      trustedTypesEnforced,
      title: title?.textContent.trim(),
      titleWeight: title && getComputedStyle(title).fontWeight,
      story: root.querySelector('[part=story]')?.textContent.trim(),
      sections: sections.map((s) => s.shadowRoot.querySelector('[part=heading]')?.textContent.trim()),
      comments: root.querySelector('comment-thread')?.shadowRoot.querySelectorAll('article').length,
      nearby: root.querySelector('nearby-photos')?.shadowRoot.querySelectorAll('[part=item]').length,
      // The library's scripts the page loaded: dist/embed.js and chunks, without their hashes.
      scripts: performance
        .getEntriesByType('resource')
        .map(({ name }) => name.match(/\/dist\/(?:chunks\/)?([a-z-]+?)(?:-[\w-]{6})?\.js$/)?.[1])
        .filter(Boolean),
    },
    location.origin,
  );
}
story.addEventListener('photo-story-load', report);
story.addEventListener('photo-story-error', report);
document.body.append(story);
