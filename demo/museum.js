// The museum page's own behaviour. The elements do the rest; this only decides what the page wants.

const story = document.getElementById('story');
const crumb = document.getElementById('crumb-current');

// A reader picked a photo in the story's strip of nearby photos. When the photo has a JSON entry
// (`src`), cancel the event: instead of following the link, the story loads that entry here, in
// place, and moves focus to its title. Photos without an entry keep their link to their own page.
story.addEventListener('nearby-select', (event) => {
  if (event.detail.item.src) event.preventDefault();
});

// Each entry shown (the first one, then every swap): keep the page in step with it.
story.addEventListener('photo-story-load', (event) => showing(event.detail.entry));
if (story.shown) showing(story.shown); // in case it loaded before this script ran

function showing(entry) {
  const title = entry.title || 'Untitled';
  document.title = `${title} — Collection — Museo de la Ciudad`;
  crumb.textContent = title;
}
