import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { addStrings, type CommentThread, type PhotoStory } from '../src/index.js';
import { strings as ar } from '../src/i18n/locales/ar.js';
import { strings as ca } from '../src/i18n/locales/ca.js';
import { strings as de } from '../src/i18n/locales/de.js';
import { strings as es } from '../src/i18n/locales/es.js';
import { strings as fa } from '../src/i18n/locales/fa.js';
import { strings as fr } from '../src/i18n/locales/fr.js';
import { strings as he } from '../src/i18n/locales/he.js';
import { strings as italian } from '../src/i18n/locales/it.js';
import { strings as ja } from '../src/i18n/locales/ja.js';
import { strings as ko } from '../src/i18n/locales/ko.js';
import { strings as nl } from '../src/i18n/locales/nl.js';
import { strings as pl } from '../src/i18n/locales/pl.js';
import { strings as pt } from '../src/i18n/locales/pt.js';
import { strings as ru } from '../src/i18n/locales/ru.js';
import { strings as sv } from '../src/i18n/locales/sv.js';
import { strings as tr } from '../src/i18n/locales/tr.js';
import { strings as uk } from '../src/i18n/locales/uk.js';
import { strings as zh } from '../src/i18n/locales/zh.js';
import { strings as zhHant } from '../src/i18n/locales/zh-Hant.js';
import { strings as ptPT } from '../src/i18n/locales/pt-PT.js';
import { KEYS } from '../src/i18n/locales/keys.js';
import { plural } from '../src/i18n/plural.js';
import { commentsEn as commentEn } from '../src/i18n/en-comments.js';
import { composerEn } from '../src/i18n/en-composer.js';
import { en } from '../src/i18n/strings.js';
import { echo, seedEntry } from './support/fixtures.js';
import { listSettled, visibleText } from './support/lists.js';
import { part, settled, textOf } from './support/story.js';

const tables = { ar, ca, de, es, fa, fr, he, it: italian, ja, ko, nl, pl, pt, ru, sv, tr, uk, zh, 'zh-Hant': zhHant };

const comment = (n: number) => ({ id: `c${n}`, author: { name: `Reader ${n}` }, text: `Comment ${n}.` });
/** A page of two comments out of `total`. */
const comments = (total: number) => ({ comments: [comment(1), comment(2)], total, post: false });

/** What the seed page says in each shipped language: the series line, the byline, the comments' heading. */
const expected = {
  es: {
    series: `Anteriormente en Old Photos: Heavy and Slow, Uncle Joe Siguiente en Old Photos: ${seedEntry.next.title}`,
    byline: 'Aportada por OldPik el 6 de enero de 2025',
    counts: { 1: '1 comentario', 2: '2 comentarios', 1000000: '1.000.000 de comentarios' },
  },
  fr: {
    series: `Précédemment dans Old Photos : Heavy and Slow, Uncle Joe Suivant dans Old Photos : ${seedEntry.next.title}`, // no-break spaces, folded
    byline: 'Proposée par OldPik le 6 janvier 2025',
    counts: { 1: '1 commentaire', 2: '2 commentaires' },
  },
  de: {
    series: `Zuvor in Old Photos: Heavy and Slow, Uncle Joe Als Nächstes in Old Photos: ${seedEntry.next.title}`,
    byline: 'Beigetragen von OldPik am 6. Januar 2025',
    counts: { 1: '1 Kommentar', 2: '2 Kommentare' },
  },
  ru: {
    series: `Ранее в серии «Old Photos»: Heavy and Slow, Uncle Joe Далее в серии «Old Photos»: ${seedEntry.next.title}`,
    byline: 'Добавлено пользователем OldPik 6 января 2025 г.',
    counts: { 1: '1 комментарий', 3: '3 комментария', 5: '5 комментариев', 21: '21 комментарий', 112: '112 комментариев' },
  },
};

describe('languages', () => {
  it('has every string of every element in each shipped language', () => {
    const keys = (table: object) => Object.keys(table).sort();
    // One table per language holds every element's strings: the English tables must not share a key.
    const english = [en, commentEn, composerEn].flatMap(keys);
    expect(english.filter((key, i) => english.indexOf(key) != i), 'keys in two English tables').to.deep.equal([]);
    // Besides, a language written right to left says so (`dir`).
    for (const [lang, table] of Object.entries(tables)) expect(keys(table).filter((key) => key != 'dir'), lang).to.deep.equal(english.sort());
    expect(Object.entries(tables).flatMap(([lang, table]) => ('dir' in table ? [`${lang} ${table.dir}`] : []))).to.deep.equal(['ar rtl', 'fa rtl', 'he rtl']);
    // Portugal's table holds what differs from Brazil's; the bundle's chunks list every key in one order.
    for (const key of Object.keys(ptPT)) expect(english, key).to.include(key);
    expect([...KEYS].sort()).to.deep.equal([...english, 'dir'].sort());
  });

  /** The comment counts that tell the plural forms apart, pinned. */
  const PINS = [0, 1, 2, 3, 5, 11, 21, 22, 100, 101];
  const pinned = {
    ar: ['لا تعليقات', 'تعليق واحد', 'تعليقان', '3 تعليقات', '5 تعليقات', '11 تعليقًا', '21 تعليقًا', '22 تعليقًا', '100 تعليق', '101 تعليق'],
    pl: ['0 komentarzy', '1 komentarz', '2 komentarze', '3 komentarze', '5 komentarzy', '11 komentarzy', '21 komentarzy', '22 komentarze', '100 komentarzy', '101 komentarzy'],
    uk: ['0 коментарів', '1 коментар', '2 коментарі', '3 коментарі', '5 коментарів', '11 коментарів', '21 коментар', '22 коментарі', '100 коментарів', '101 коментар'],
    ru: ['0 комментариев', '1 комментарий', '2 комментария', '3 комментария', '5 комментариев', '11 комментариев', '21 комментарий', '22 комментария', '100 комментариев', '101 комментарий'],
    he: ['0 תגובות', 'תגובה אחת', 'שתי תגובות', '3 תגובות', '5 תגובות', '11 תגובות', '21 תגובות', '22 תגובות', '100 תגובות', '101 תגובות'],
  };
  it('counts in every plural form: Arabic six, Polish, Ukrainian and Russian few and many, Hebrew two', () => {
    for (const [lang, forms] of Object.entries(pinned))
      expect(PINS.map((n) => plural(tables[lang as keyof typeof tables].commentCount, n, lang)), lang).to.deep.equal(forms);
    // Every language's every plural string has the forms its rules can ask for, or `other`.
    for (const [lang, table] of Object.entries(tables))
      for (const forms of Object.values(table).filter((value) => typeof value == 'object'))
        expect(typeof (forms as { other?: string }).other, `${lang}: other`).to.equal('string');
  });

  // A page in the language, no `dir`: the interface words, and a plural form.
  for (const [lang, count, heading] of [
    ['ar', 2, 'تعليقان'],
    ['ja', 5, '5件のコメント'],
    ['pl', 22, '22 komentarze'],
    ['pl', 5, '5 komentarzy'],
    ['zh-TW', 3, null],
    ['pt-PT', 2, null],
  ] as const) {
    it(`speaks ${lang}: ${count} comments`, async () => {
      const table: Record<string, unknown> = lang == 'zh-TW' ? zhHant : lang == 'pt-PT' ? { ...pt, ...ptPT } : tables[lang];
      const want = heading ?? plural(table.commentCount as never, count, lang);
      const story = await settled(await fixture<PhotoStory>(html`<photo-story lang=${lang} .entry=${{ ...seedEntry, comments: echo(comments(count)) }}></photo-story>`));
      const thread = await listSettled(story.shadowRoot!.querySelector('comment-thread')!);
      await waitUntil(() => visibleText(thread.shadowRoot!.querySelector('[part=heading]')) == want, `${lang}: ${want}`);
      expect(part(story, 'zoom')!.ariaLabel).to.equal(table.enlarge);
      await expect(story).to.be.accessible();
    });
  }

  for (const [lang, words] of Object.entries(expected)) {
    it(`speaks ${lang}: the seed page's words, dates and plurals`, async () => {
      const el = await settled(await fixture<PhotoStory>(html`<photo-story lang=${lang} .entry=${seedEntry}></photo-story>`));
      await waitUntil(() => textOf(el, 'byline') == words.byline, `the byline stayed "${textOf(el, 'byline')}"`);
      expect(textOf(el, 'series')).to.equal(words.series);
      expect(part(el, 'zoom')!.ariaLabel).to.equal(tables[lang as keyof typeof tables].enlarge);
      await expect(el).to.be.accessible();

      for (const [count, heading] of Object.entries(words.counts)) {
        const thread = await listSettled(
          await fixture<CommentThread>(html`<comment-thread lang=${lang} .comments=${comments(Number(count))}></comment-thread>`),
        );
        await waitUntil(() => visibleText(thread.shadowRoot!.querySelector('[part=heading]')) == heading, `${count}: ${heading}`);
        thread.remove(); // the next one is loaded only near the viewport
      }
    });
  }

  it('takes the language of an ancestor, across shadow roots, into the built-in sections', async () => {
    const box = await fixture(html`<div lang="fr"><photo-story .entry=${{ ...seedEntry, comments: echo(comments(2)) }}></photo-story></div>`);
    const story = await settled(box.querySelector('photo-story')!);
    const thread = await listSettled(story.shadowRoot!.querySelector('comment-thread')!);
    await waitUntil(() => visibleText(thread.shadowRoot!.querySelector('[part=heading]')) == '2 commentaires');
    await expect(story).to.be.accessible();
  });

  it('draws again when a language changes: the element’s own, an ancestor’s, the page’s, inside built-in sections too', async () => {
    const box = await fixture<HTMLElement>(html`<div><photo-story .entry=${{ ...seedEntry, comments: echo(comments(2)) }}></photo-story></div>`);
    const story = await settled(box.querySelector('photo-story')!);
    const thread = await listSettled(story.shadowRoot!.querySelector('comment-thread')!);
    const heading = () => visibleText(thread.shadowRoot!.querySelector('[part=heading]'));
    const page = document.documentElement;
    const before = page.getAttribute('lang');
    try {
      await waitUntil(() => textOf(story, 'byline') == 'Contributed by OldPik on January 6, 2025' && heading() == '2 comments');
      story.lang = 'es';
      await waitUntil(() => textOf(story, 'byline') == expected.es.byline && heading() == '2 comentarios', 'its own lang');
      story.removeAttribute('lang');
      box.lang = 'de';
      await waitUntil(() => textOf(story, 'byline') == expected.de.byline && heading() == '2 Kommentare', 'an ancestor’s');
      box.removeAttribute('lang');
      page.lang = 'fr';
      await waitUntil(() => textOf(story, 'byline') == expected.fr.byline && heading() == '2 commentaires', 'the page’s');
      await expect(story).to.be.accessible();
    } finally {
      if (before == null) page.removeAttribute('lang');
      else page.lang = before;
    }
  });

  it('lays a story in Arabic, Hebrew or Persian out right to left, unless the page set a direction', async () => {
    for (const lang of ['ar', 'he', 'fa']) {
      const story = await settled(await fixture<PhotoStory>(html`<div><photo-story lang=${lang} .entry=${seedEntry}></photo-story></div>`).then((box) => box.firstElementChild as PhotoStory));
      const line = () => getComputedStyle(part(story, 'meta')!);
      await waitUntil(() => line().direction == 'rtl', `${lang}: right to left`);
      // The record's English headline and story keep their own direction inside (isolated: dir="auto").
      for (const name of ['headline', 'story']) expect(getComputedStyle(part(story, name)!).direction, `${lang}: the English ${name}`).to.equal('ltr');
      await expect(story).to.be.accessible();
      // A page that set its direction keeps it.
      story.parentElement!.dir = 'ltr';
      await waitUntil(() => line().direction == 'ltr', `${lang}: the page's direction`);
    }
    // A headline in the script of the language: right to left, its rule on the right.
    const arabic = await settled(await fixture<PhotoStory>(html`<photo-story lang="ar" .entry=${{ ...seedEntry, headline: 'لماذا ستالين في الكرملين؟' }}></photo-story>`));
    await waitUntil(() => getComputedStyle(part(arabic, 'headline')!).borderRightWidth == '3px', 'the Arabic quote’s rule on the right');
    const english = await settled(await fixture<PhotoStory>(html`<photo-story lang="en" .entry=${seedEntry}></photo-story>`));
    expect(getComputedStyle(part(english, 'meta')!).direction).to.equal('ltr');
  });

  it('lets a host reword a string, or add a language of its own, right to left', async () => {
    addStrings('en', { logIn: 'Sign in to the archive' });
    addStrings('AR', { untitled: 'بلا عنوان', nearby: 'صور قريبة' }); // any case, as tags are
    try {
      const thread = await listSettled(await fixture<CommentThread>(html`<comment-thread .comments=${{ comments: [] }}></comment-thread>`));
      await waitUntil(() => thread.shadowRoot!.querySelector('login-gate')?.shadowRoot?.textContent?.includes('Sign in to the archive'));
      const story = await settled(
        await fixture<PhotoStory>(html`<photo-story lang="ar" dir="rtl" .entry=${{ headline: 'سطر' }}></photo-story>`),
      );
      expect(textOf(story, 'title')).to.equal('بلا عنوان');
      const quote = part(story, 'headline')!;
      expect(getComputedStyle(quote).borderRightWidth, 'the rule is on the right').to.equal('3px');
      expect(getComputedStyle(quote).borderLeftWidth).to.equal('0px');
      await expect(story).to.be.accessible();
    } finally {
      addStrings('en', { logIn: en.logIn });
    }
  });
  it('works mirrored right to left: the nearby grid and strip, More, the comment box and the photo viewer', async () => {
    const photo = new URL('/demo/archive/img/piramide-templo.svg', location.href).href;
    const items = Array.from({ length: 13 }, (_, n) => ({ title: `صورة ${n}`, url: `https://archive.example.org/${n}`, thumbnail: { src: photo, width: 320, height: 240 } }));
    // Lists on their own follow the page's direction; a story in Arabic sets its own (below).
    const box = await fixture<HTMLElement>(html`<div lang="ar" style="width: 600px">
      <div dir="rtl">
        <nearby-photos .items=${items}></nearby-photos>
        <nearby-photos layout="strip" .items=${items}></nearby-photos>
        <comment-thread src=${echo({ comments: [] })} .user=${{ id: 'ana', name: 'Ana Beltrán' }}></comment-thread>
      </div>
      <photo-story .entry=${{ ...seedEntry, image: { ...seedEntry.image, src: photo } }} hide="comments nearby"></photo-story>
    </div>`);
    const [grid, strip] = [...box.querySelectorAll('nearby-photos')].map((el) => el as HTMLElement & { shadowRoot: ShadowRoot });
    await Promise.all([listSettled(grid), listSettled(strip)]);
    const rect = (el: Element) => el.getBoundingClientRect();
    const right = rect(box).right;
    for (const list of [grid, strip]) {
      await waitUntil(() => getComputedStyle(list.shadowRoot.querySelector('[part=list]')!).direction == 'rtl', 'right to left');
      const [first, second] = list.shadowRoot.querySelectorAll('[part=item]');
      expect(rect(first).right, 'the first photo on the right').to.be.closeTo(right, 1);
      expect(rect(second).right, 'the next to its left').to.be.below(rect(first).left);
    }
    // The strip scrolls toward the left; More sits on the right.
    const list = strip.shadowRoot.querySelector<HTMLElement>('[part=list]')!;
    list.scrollBy({ left: -200, behavior: 'instant' });
    expect(list.scrollLeft).to.be.below(0);
    expect(rect(grid.shadowRoot.querySelector('[part=more]')!).right).to.be.closeTo(right, 1);

    const thread = box.querySelector('comment-thread')!;
    await waitUntil(() => thread.shadowRoot!.querySelector('textarea'), 'the comment box');
    const textarea = thread.shadowRoot!.querySelector('textarea')!;
    expect(getComputedStyle(textarea).direction, 'the box').to.equal('rtl');
    const send = thread.shadowRoot!.querySelector('[part=send]')!;
    expect(rect(send).left, 'Send at the end of its line: on the left').to.be.closeTo(rect(thread).left, 1);

    const story = await settled(box.querySelector('photo-story')!);
    part(story, 'zoom')!.click();
    await waitUntil(() => story.shadowRoot!.querySelector('dialog')?.open, 'the photo viewer');
    const dialog = story.shadowRoot!.querySelector('dialog')!;
    const close = dialog.querySelector('[part=close]')!;
    expect(getComputedStyle(dialog).direction, 'the viewer').to.equal('rtl');
    expect(rect(close).left, 'Close at the end: on the left').to.be.closeTo(rect(dialog).left + parseFloat(getComputedStyle(dialog).paddingLeft), 1);
    dialog.close();
    await expect(box).to.be.accessible();
  });

  it('writes numbers and dates in the digits of languages that have their own (ar-EG, fa)', async () => {
    for (const [lang, digits] of [['ar-EG', /^[٠-٩]+$/], ['fa', /^[۰-۹]+$/]] as const) {
      const story = await settled(await fixture<PhotoStory>(html`<photo-story lang=${lang} .entry=${seedEntry}></photo-story>`));
      const published = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 0, 6));
      await waitUntil(() => textOf(story, 'byline')!.includes(published), `${lang}: the date ${published} in ${textOf(story, 'byline')}`);
      const year = published.match(/\p{Nd}+/gu)!.find((number) => number.length == 4)!;
      expect(year, `${lang}: the year`).to.match(digits);
      const thread = await listSettled(await fixture<CommentThread>(html`<comment-thread lang=${lang} .comments=${comments(22)}></comment-thread>`));
      await waitUntil(() => /\p{Nd}/u.test(visibleText(thread.shadowRoot!.querySelector('[part=heading]'))!), 'the count');
      const count = visibleText(thread.shadowRoot!.querySelector('[part=heading]'))!.match(/\p{Nd}+/u)![0];
      expect(count, `${lang}: 22 comments`).to.equal((22).toLocaleString(lang)).and.to.match(digits);
      await expect(story).to.be.accessible();
    }
  });
});
