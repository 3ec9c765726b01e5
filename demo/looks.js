// Sets the stories' language and theme, and the page's direction, from the form (and from the query:
// looks.html?lang=es&theme=dark&rtl=1).
const form = document.querySelector('.controls');
const query = new URLSearchParams(location.search);
const chosen = form.querySelector(`[name="theme"][value="${CSS.escape(query.get('theme') ?? '')}"]`);
if (chosen) chosen.checked = true;
if (form.lang.querySelector(`[value="${CSS.escape(query.get('lang') ?? '')}"]`)) form.lang.value = query.get('lang');
form.rtl.checked = query.has('rtl');

function apply() {
  const { lang, theme } = Object.fromEntries(new FormData(form));
  for (const story of document.querySelectorAll('photo-story')) {
    story.lang = lang;
    if (theme) story.setAttribute('theme', theme);
    else story.removeAttribute('theme');
  }
  document.documentElement.dir = form.rtl.checked ? 'rtl' : 'ltr';
}

form.addEventListener('change', apply);
apply();
