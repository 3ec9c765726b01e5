import type { Plural } from './strings.js';

/** The form of `forms` for `count` in `lang`, with `{count}` filled in. */
export function plural(forms: Plural, count: number, lang: string): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replace('{count}', count.toLocaleString(lang));
}
