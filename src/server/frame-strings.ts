/**
 * The words of the embed page around a story (`embedPage`), by language. Server only: the browser
 * bundle never carries them. `{provider}` is the archive's name.
 */
import { tablesOf } from '../i18n/locales/index.js';

const FRAME_STRINGS: Record<string, { comment: string; more: string }> = {
  en: { comment: 'Comment on {provider}', more: 'Continue reading on {provider}' },
  ar: { comment: 'علّق عبر {provider}', more: 'تابع القراءة على {provider}' },
  ca: { comment: 'Comenta a {provider}', more: 'Continua llegint a {provider}' },
  de: { comment: 'Auf {provider} kommentieren', more: 'Weiterlesen auf {provider}' },
  es: { comment: 'Comentar en {provider}', more: 'Sigue leyendo en {provider}' },
  fa: { comment: 'نوشتن دیدگاه در {provider}', more: 'ادامهٔ مطلب در {provider}' },
  fr: { comment: 'Commenter sur {provider}', more: 'Lire la suite sur {provider}' },
  he: { comment: 'להגיב ב־{provider}', more: 'להמשך הקריאה ב־{provider}' },
  it: { comment: 'Commenta su {provider}', more: 'Continua a leggere su {provider}' },
  ja: { comment: '{provider}でコメントする', more: '{provider}で続きを読む' },
  ko: { comment: '{provider}에서 댓글 달기', more: '{provider}에서 계속 읽기' },
  nl: { comment: 'Reageren op {provider}', more: 'Verder lezen op {provider}' },
  pl: { comment: 'Skomentuj na stronie {provider}', more: 'Czytaj dalej na stronie {provider}' },
  pt: { comment: 'Comentar em {provider}', more: 'Continue lendo em {provider}' },
  'pt-PT': { comment: 'Comentar em {provider}', more: 'Continue a ler em {provider}' },
  ru: { comment: 'Комментировать на {provider}', more: 'Читать дальше на {provider}' },
  sv: { comment: 'Kommentera på {provider}', more: 'Läs vidare på {provider}' },
  tr: { comment: '{provider} sitesinde yorum yap', more: 'Devamını {provider} sitesinde oku' },
  uk: { comment: 'Коментувати на сайті {provider}', more: 'Читати далі на сайті {provider}' },
  zh: { comment: '在 {provider} 上评论', more: '在 {provider} 上继续阅读' },
  'zh-Hant': { comment: '在 {provider} 上留言', more: '在 {provider} 上繼續閱讀' },
};

/** The embed page's words in `lang` (its variant's, its base language's, else English), with the archive's name. */
export function frameStrings(lang: string, provider: string): { comment: string; more: string } {
  const [[, base], [, variant = base] = []] = tablesOf(lang);
  const table = FRAME_STRINGS[variant] ?? FRAME_STRINGS[base] ?? FRAME_STRINGS.en;
  // A function, so that `$&` in a name stays as written.
  const named = (text: string) => text.replace('{provider}', () => provider);
  return { comment: named(table.comment), more: named(table.more) };
}
