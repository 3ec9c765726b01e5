// The snippet builder: settings in, a live <photo-story> and its snippets out.
import { corsCheck } from './cors-check.js';
import { snippets, storyAttributes } from './snippets.js';

const form = document.getElementById('settings');
const fields = form.elements;
const story = document.createElement('photo-story');
document.getElementById('preview').append(story);

// A link to the builder may name the entry: builder.html?src=…
fields.src.value = new URLSearchParams(location.search).get('src') ?? new URL('/archive/api/photos/leon-trotsky-arrival-mexico.json', location.href).href;
fields.script.value = new URL('/dist/embed.js', location.href).href;

/** The fallback of the snippets: filled in from the entry the preview shows. */
let fallback = {};

function settings() {
  const theme = {};
  if (fields.themed.checked) for (const field of form.querySelectorAll('.theme [name^="--"]')) theme[field.name] = field.value;
  return {
    src: absolute(fields.src.value),
    script: absolute(fields.script.value),
    format: fields.format.value,
    map: fields.map.value.trim(),
    lang: fields.lang.value.trim(),
    headingLevel: fields.headingLevel.value,
    theme,
    fallback,
  };
}

function absolute(url) {
  try {
    return new URL(url.trim(), location.href).href;
  } catch {
    return url.trim();
  }
}

/** Writes the snippets and brings the preview in line with them. */
function update() {
  const current = settings();
  let made;
  try {
    made = snippets(current);
    fields['map-check'].value = '';
  } catch (error) {
    fields['map-check'].value = `The map is not JSON yet: ${error.message}`;
    return;
  }
  for (const [name, text] of Object.entries(made)) {
    const box = document.querySelector(`[data-snippet="${name}"]`);
    box.querySelector('textarea').value = text;
    box.hidden = !text;
  }
  const attributes = new Map(storyAttributes(current));
  // The preview sits under this page's "Preview" heading (an h2): its title is a level below, whatever
  // level the snippet gives it on the author's page.
  attributes.set('heading-level', String(Math.max(3, Number(attributes.get('heading-level') ?? 2))));
  for (const name of ['src', 'format', 'map', 'heading-level', 'lang']) {
    if (!attributes.has(name)) story.removeAttribute(name);
    else if (story.getAttribute(name) != attributes.get(name)) story.setAttribute(name, attributes.get(name));
  }
  // The theme through the CSSOM: this page's CSP refuses `style` attributes, as a strict host's would.
  for (const field of form.querySelectorAll('.theme [name^="--"]')) {
    if (current.theme[field.name]) story.style.setProperty(field.name, current.theme[field.name]);
    else story.style.removeProperty(field.name);
  }
}

let checking;
async function checkSource() {
  const url = fields.src.value.trim();
  const check = (checking = corsCheck(url));
  const { level, message } = await check;
  if (check != checking) return; // a later URL is being checked
  fields['src-check'].value = message;
  fields['src-check'].dataset.level = level;
}

story.addEventListener('photo-story-load', ({ detail: { entry } }) => {
  fallback = entry;
  update();
});
story.addEventListener('photo-story-error', () => {
  fallback = {};
  update();
});

let typing;
form.addEventListener('input', (event) => {
  if (event.target == fields.src) {
    fallback = {};
    clearTimeout(typing);
    typing = setTimeout(() => (update(), checkSource()), 400);
  } else update();
});
form.addEventListener('submit', (event) => event.preventDefault());

document.querySelector('.snippets').addEventListener('click', async ({ target }) => {
  if (!target.matches('button.copy')) return;
  const box = target.parentElement.querySelector('textarea');
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = `Copied: ${target.textContent.replace(/^Copy /, '')}.`;
  } catch {
    box.focus();
    box.select();
    status.textContent = 'The browser did not let the page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  }
});

update();
checkSource();
