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
        if (!codes.length) this.error('The locales index no longer has its LOCALES map');
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
 */
/** `entry`: the drop-in bundle's entry module, whose chunk is embed.js. */
const localExports = (entry) => {
  /** The names that the entry gives the page (`export *` followed), which stay as they are. */
  let own;
  let settle;
  /** Each export name of embed.js that changed, to its new name; every chunk waits for embed.js. */
  const renamed = new Promise((resolve) => (settle = resolve));
  const clause = (code, pattern) => {
    const found = pattern.exec(code);
    return found && { start: found.index, end: found.index + found[0].length, pairs: found[1].split(',').map((pair) => pair.split(' as ')) };
  };
  return {
    name: 'local-exports',
    async buildEnd() {
      const namesOf = async (id) => {
        const found = [];
        for (const [source, names] of Object.entries(this.getModuleInfo(id).exportedBindings ?? {}))
          for (const name of names) found.push(...(name == '*' ? await namesOf((await this.resolve(source, id)).id) : [name]));
        return found;
      };
      own = new Set(await namesOf((await this.resolve(entry)).id));
    },
    async renderChunk(code, chunk) {
      const magic = new MagicString(code);
      if (chunk.facadeModuleId == (await this.resolve(entry))?.id) {
        const names = new Map();
        const found = clause(code, /export\{([^}]*)\};?\s*$/);
        const taken = new Set(found.pairs.map(([local, name = local]) => name));
        const exports = found.pairs.map(([local, name = local]) => {
          if (own.has(name) || taken.has(local)) return local == name ? local : `${local} as ${name}`;
          taken.add(local);
          names.set(name, local);
          return local;
        });
        magic.overwrite(found.start, found.end, `export{${exports}};`);
        settle(names);
      } else {
        const found = clause(code, /^import\{([^}]*)\}from"\.\.\/embed\.js";/);
        if (!found) return null;
        const names = await renamed;
        const imports = found.pairs.map(([name, local = name]) => {
          const now = names.get(name) ?? name;
          return now == local ? local : `${now} as ${local}`;
        });
        magic.overwrite(found.start, found.end, `import{${imports}}from"../embed.js";`);
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
    // 32 B of gzip. Developer tools take them by hand (DevTools: "Add source map…").
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: localeOrHashed, sourcemap: 'hidden' },
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
