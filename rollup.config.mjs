import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

const external = (id) => /^(lit|@lit\/|@lit-labs\/ssr|tslib|react$|node:)/.test(id);

/**
 * A language's chunk keeps a stable name (`chunks/locale-de.js`, for CSP lists and self-hosting), as does
 * their index (`chunks/locales.js`); others get a hash.
 */
const localeOrHashed = ({ facadeModuleId }) =>
  /[\\/]i18n[\\/]locales[\\/]index\.ts$/.test(facadeModuleId ?? '')
    ? 'chunks/locales.js'
    : /[\\/]i18n[\\/]locales[\\/]/.test(facadeModuleId ?? '')
      ? 'chunks/locale-[name].js'
      : 'chunks/[name]-[hash:6].js';

/**
 * Each language's chunk without its key names: its strings in the order of `src/i18n/locales/keys.ts`
 * (`0` where it has none), which the locales' index names again. About a third smaller.
 */
const localeTables = () => {
  const keys = /KEYS = \(([\s\S]*?)\)\.split/.exec(readFileSync('src/i18n/locales/keys.ts', 'utf8'))[1].replace(/'\s*\+\s*'|'/g, '').trim().split(' ');
  return {
    name: 'locale-tables',
    transform(code, id) {
      if (!/[\\/]i18n[\\/]locales[\\/](?!index|keys|locale)[\w-]+\.ts$/.test(id)) return null;
      const table = new Function(code.replace(/export const strings\s*=/, 'return'))();
      return { code: `export const strings = ${JSON.stringify(keys.map((key) => table[key] ?? 0))};`, map: null };
    },
  };
};

/** HTML and CSS templates minified; attributes lose the quotes they do not need (Lit reads unquoted bindings alike). */
const templates = () => minifyLiterals({ failOnError: true, options: { minifyOptions: { removeAttributeQuotes: true } } });

export default [
  // The npm build: one module per source file, `.d.ts` beside them, Lit left to the app's bundler.
  {
    input: ['src/index.ts', 'src/define.ts', 'src/events.ts', 'src/react.ts', 'src/upgrade/watch.ts', 'src/server/index.ts', 'src/server/cli.ts'],
    external,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // Templates are minified here too: their whitespace would show (paragraphs keep line breaks), and
    // every build must draw the same boxes.
    plugins: [typescript({ outDir: 'dist', declaration: true, declarationDir: 'dist' }), templates()],
  },
  // The drop-in bundle: every element and Lit in one minified module; later chunks load beside it.
  {
    input: { embed: 'src/embed.ts' },
    // Shared code stays in embed.js, which then also exports what the chunks import from it.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: localeOrHashed, sourcemap: true },
    plugins: [
      resolve(),
      typescript({ outDir: 'dist', declaration: false, declarationMap: false }),
      localeTables(),
      templates(),
      // Members named `_like_this` are internal (Lit's convention): shortened. Never name a field of
      // data read from JSON that way; data is read by plain property names.
      terser({
        module: true,
        ecma: 2022,
        // Unused parameters go: nothing here (nor in Lit) reads a function's `length`.
        compress: { passes: 2, keep_fargs: false },
        mangle: { properties: { regex: /^_[a-zA-Z]/ } },
        nameCache: {}, // the same short names in every chunk
        format: { comments: false },
      }),
    ],
  },
  // The embed page's script (`embedPage`): it imports from embed.js, beside it, which the page loads too.
  {
    input: { frame: 'src/frame.ts' },
    external: (id) => id == './embed.js',
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: [typescript({ outDir: 'dist', declaration: false, declarationMap: false }), terser({ module: true, ecma: 2022, format: { comments: false } })],
  },
];
