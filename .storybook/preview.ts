import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { watch } from '../src/upgrade/watch.js';

setCustomElementsManifest(manifest);
// As a page with `embed.js`: the plain-HTML form and link rules become stories.
watch();

/** The toolbar's languages: every one the library ships, by its own name. */
const LANGUAGES = {
  en: 'English', ar: 'العربية', ca: 'Català', de: 'Deutsch', es: 'Español', fa: 'فارسی', fr: 'Français', he: 'עברית',
  it: 'Italiano', ja: '日本語', ko: '한국어', nl: 'Nederlands', pl: 'Polski', pt: 'Português (Brasil)', 'pt-PT': 'Português (Portugal)',
  ru: 'Русский', sv: 'Svenska', tr: 'Türkçe', uk: 'Українська', zh: '中文（简体）', 'zh-Hant': '中文（繁體）',
};

const preview: Preview = {
  // The toolbar's language, over every story: on a story's own `lang` where it has one, else around it.
  globalTypes: {
    locale: {
      description: 'The interface language of every story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [{ value: '', title: 'As each story says' }, ...Object.entries(LANGUAGES).map(([value, title]) => ({ value, title }))],
      },
    },
  },
  initialGlobals: { locale: '' },
  decorators: [
    (story, { globals, args }) =>
      globals.locale ? html`<div lang=${globals.locale}>${story({ args: 'lang' in args ? { ...args, lang: globals.locale } : args })}</div>` : story(),
  ],
  parameters: {
    controls: { expanded: true },
    // An axe violation fails the story's test, as in the test suite.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
