import type { Plural } from './strings.js';

/** Each language's rules, made once (making them costs far more than using them). */
const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `count` in `lang`, with `{count}` filled in. */
export function plural(forms: Plural, count: number, lang: string): string {
  if (!rules.has(lang)) rules.set(lang, new Intl.PluralRules(lang));
  const form = forms[rules.get(lang)!.select(count)] ?? forms.other;
  return form.replace('{count}', count.toLocaleString(lang));
}
