/**
 * The entry of `dist/embed.js`, for a `<script type="module">`: registers every element, watches the
 * page for the plain-HTML form and link rules, and exports the classes, so that a page can register a
 * subclass under another name.
 */
import { watch } from './upgrade/watch.js';

export * from './define.js';

watch();
