import type { Plural, StringTable } from '../strings.js';
import { KEYS } from './keys.js';

/** A table without its key names: its strings in the order of `KEYS`, `0` where it has none. */
type Strings = (string | Plural | 0)[];

/*
 * The languages that ship with the library, each a chunk of its own (`chunks/locale-<code>.js`). This
 * index is a chunk too: only a page that shows a language other than English loads it, and then only
 * that language's tables.
 */
const LOCALES: Record<string, () => Promise<{ strings: StringTable | Strings }>> = {
  ar: () => import('./ar.js'),
  ca: () => import('./ca.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fa: () => import('./fa.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  'pt-PT': () => import('./pt-PT.js'),
  ru: () => import('./ru.js'),
  sv: () => import('./sv.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  zh: () => import('./zh.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
};

/**
 * Adds (`add`, under what a host already added) the tables that `lang` reads: its base language's
 * (`pt` for `pt-BR`), and the table of its variant where one ships, under its own tag: Portugal's
 * wording over Brazil's (`pt-PT`), Traditional Chinese (`zh-Hant`, also for `zh-TW`, `zh-HK`, `zh-MO`)
 * instead of Simplified.
 */
export async function load(lang: string, add: (lang: string, strings: StringTable, under: boolean) => void): Promise<void> {
  await Promise.all(tablesOf(lang).map(async ([tag, code]) => Object.hasOwn(LOCALES, code) && add(tag, named((await LOCALES[code]()).strings), true)));
}

/** A table as the drop-in bundle ships it, its strings in the order of `KEYS` (`0`: not given), named again. */
const named = (table: StringTable | Strings): StringTable =>
  Array.isArray(table) ? Object.fromEntries(KEYS.flatMap((key, i) => (table[i] ? [[key, table[i]]] : []))) : table;

/** The tables `lang` reads, general first, each as `[the tag it goes under, the table's own tag]`. */
export function tablesOf(lang: string): [string, string][] {
  const base = lang.split('-')[0];
  return /^zh-(hant|tw|hk|mo)\b/i.test(lang) ? [[lang, 'zh-Hant']] : lang == base ? [[base, base]] : [[base, base], [lang, lang]];
}
