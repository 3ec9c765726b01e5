import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';
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
 * (`0` where it has none), which the locales' index names again. About a third smaller. The index
 * loads them by their names (`chunks/locale-<code>.js`, beside it) from a list of codes, rather than
 * through twenty functions of its own: 75 B less.
 */
const localeTables = () => {
  // The keys in the order of `KEYS`: the English table's (`strings.ts`), then the list in `keys.ts`.
  const english = /export const en = \{([\s\S]*?)\n\};/.exec(readFileSync('src/i18n/strings.ts', 'utf8'))[1];
  const rest = /\.\.\.\(([\s\S]*?)\)\.split/.exec(readFileSync('src/i18n/locales/keys.ts', 'utf8'))[1];
  const keys = [...english.matchAll(/^ {2}(\w+):/gm)].map(([, key]) => key).concat(rest.replace(/'\s*\+\s*'|'/g, '').trim().split(' '));
  return {
    name: 'locale-tables',
    transform(code, id) {
      if (/[\\/]i18n[\\/]locales[\\/]index\.ts$/.test(id)) {
        const codes = [];
        const indexed = code.replace(/const LOCALES = \{([^}]*)\};/, (_, map) => {
          for (const [, code, file] of map.matchAll(/'?([\w-]+)'?: \(\) => import\('\.\/([\w-]+)\.js'\)/g)) {
            if (code != file) this.error(`The locale ${code} is not in ${code}.ts`);
            codes.push(code);
            this.emitFile({ type: 'chunk', id: `./src/i18n/locales/${code}.ts`, fileName: `chunks/locale-${code}.js` });
          }
          return `const LOCALES = Object.fromEntries(${JSON.stringify(codes.join(' '))}.split(' ').map((code) => [code, () => import(\`./locale-\${code}.js\`)]));`;
        });
        // Every language of the map, or the build stops: one written otherwise would be left out silently.
        const listed = /const LOCALES = \{([^}]*)\};/.exec(code)?.[1].split('import(').length - 1;
        if (!codes.length || codes.length != listed) this.error(`The locales index lists ${listed} languages, of which ${codes.length} were read`);
        return { code: indexed, map: null };
      }
      if (!/[\\/]i18n[\\/]locales[\\/](?!index|keys|locale)[\w-]+\.ts$/.test(id)) return null;
      const table = new Function(code.replace(/export const strings\s*=/, 'return'))();
      return { code: `export const strings = ${JSON.stringify(keys.map((key) => table[key] ?? 0))};`, map: null };
    },
  };
};

/**
 * The chunks import from embed.js under the names that embed.js's own code uses (terser's shared name
 * cache gives a function the same short name in every chunk): `export{Ht}` and `import{Ht}` rather than
 * `export{Ht as d}` and `import{d as Ht}`. Pairs of random letters do not compress: about 50 B of gzip in
 * embed.js, and some in each chunk. Runs after terser; the page's own names (`addStrings`, …) stay.
 * `entry`: the drop-in bundle's entry module, whose chunk is embed.js.
 */
const localExports = (entry) => {
  /** The entry's id, and the names that it gives the page (`export *` followed), which stay as they are. */
  let id;
  let own;
  /** Each export name of embed.js that changed, to its new name; every chunk waits for embed.js. */
  let renamed;
  let settle;
  const pairs = (list) => list.split(',').map((pair) => pair.split(' as '));
  return {
    name: 'local-exports',
    async buildEnd() {
      id = (await this.resolve(entry))?.id;
      if (!this.getModuleInfo(id)?.isEntry) this.error(`${entry} is not an entry of this build`);
      const namesOf = async (module) => {
        const found = [];
        for (const [source, names] of Object.entries(this.getModuleInfo(module).exportedBindings ?? {}))
          for (const name of names) found.push(...(name == '*' ? await namesOf((await this.resolve(source, module)).id) : [name]));
        return found;
      };
      own = new Set(await namesOf(id));
    },
    renderStart() {
      renamed = new Promise((resolve) => (settle = resolve));
    },
    async renderChunk(code, chunk) {
      const magic = new MagicString(code);
      if (chunk.facadeModuleId == id) {
        const names = new Map();
        const found = /export\{([^}]*)\};?\s*$/.exec(code);
        const taken = new Set(pairs(found[1]).map(([local, name = local]) => name));
        const exports = pairs(found[1]).map(([local, name = local]) => {
          if (own.has(name) || taken.has(local)) return local == name ? local : `${local} as ${name}`;
          taken.add(local);
          names.set(name, local);
          return local;
        });
        magic.overwrite(found.index, found.index + found[0].length, `export{${exports}};`);
        settle(names);
      } else {
        if (!code.includes('"../embed.js"')) return null;
        const names = await renamed;
        const rename = ([name, local = name]) => ((name = names.get(name) ?? name) == local ? local : `${name} as ${local}`);
        for (const found of code.matchAll(/import\{([^}]*)\}from"\.\.\/embed\.js"/g))
          magic.overwrite(found.index, found.index + found[0].length, `import{${pairs(found[1]).map(rename)}}from"../embed.js"`);
        // Any other use of embed.js (a re-export, a dynamic import) would keep names it no longer has.
        if (magic.toString().split('"../embed.js"').length - 1 != [...code.matchAll(/import\{[^}]*\}from"\.\.\/embed\.js"/g)].length)
          this.error(`${chunk.fileName} uses embed.js otherwise than by import{…}: its names would not be rewritten`);
      }
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
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
    // Maps are written beside the files but not named in them: the comment would cost every reader
    // 32 B of gzip. Developer tools take them by hand (DevTools: "Add source map…"). `compact`: no
    // newline at the end of each file (2–3 B of gzip each).
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: localeOrHashed, sourcemap: 'hidden', compact: true },
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
      localExports('./src/embed.ts'),
      // Compressed once more, now that the names are short and the imports rewritten: about 10 B less.
      terser({ module: true, ecma: 2022, compress: { passes: 2, keep_fargs: false }, mangle: false, format: { comments: false } }),
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
