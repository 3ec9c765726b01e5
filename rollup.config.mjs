import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const external = (id) => /^(lit|@lit\/|@lit-labs\/ssr|tslib|react$|node:)/.test(id);

/** A language's chunk keeps a stable name (`chunks/locale-de.js`, for CSP lists and self-hosting); others get a hash. */
const localeOrHashed = ({ facadeModuleId }) =>
  /[\\/]i18n[\\/]locales[\\/]/.test(facadeModuleId ?? '') ? 'chunks/locale-[name].js' : 'chunks/[name]-[hash:6].js';

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
