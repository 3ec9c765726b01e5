// Served with DESIGN's strict Content-Security-Policy (see tests/support/test-server.mjs): renders the
// story given in ?src= and reports to the parent what the policy blocked and what the reader sees.
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

const story = document.createElement('photo-story');
story.src = new URLSearchParams(location.search).get('src');
const report = (event) =>
  setTimeout(() => {
    const root = story.shadowRoot;
    const title = root.querySelector('[part=title]');
    parent.postMessage(
      {
        type: event.type,
        violations,
        trustedTypesEnforced,
        title: title?.textContent.trim(),
        titleWeight: title && getComputedStyle(title).fontWeight,
        story: root.querySelector('[part=story]')?.textContent.trim(),
      },
      location.origin,
    );
  }, 300);
story.addEventListener('photo-story-load', report);
story.addEventListener('photo-story-error', report);
document.body.append(story);
