/**
 * The words of the embed page around a story (`embedPage`), by language. Server only: the browser
 * bundle never carries them. `{provider}` is the archive's name.
 */
const FRAME_STRINGS: Record<string, { comment: string; more: string }> = {
  en: { comment: 'Comment on {provider}', more: 'Continue reading on {provider}' },
  de: { comment: 'Auf {provider} kommentieren', more: 'Weiterlesen auf {provider}' },
  es: { comment: 'Comentar en {provider}', more: 'Sigue leyendo en {provider}' },
  fr: { comment: 'Commenter sur {provider}', more: 'Lire la suite sur {provider}' },
  ru: { comment: 'Комментировать на {provider}', more: 'Читать дальше на {provider}' },
};

/** The embed page's words in `lang` (its base language, else English), with the archive's name. */
export function frameStrings(lang: string, provider: string): { comment: string; more: string } {
  const table = FRAME_STRINGS[lang.split('-')[0]] ?? FRAME_STRINGS.en;
  // A function, so that `$&` in a name stays as written.
  const named = (text: string) => text.replace('{provider}', () => provider);
  return { comment: named(table.comment), more: named(table.more) };
}
