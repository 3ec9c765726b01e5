import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The library's tags are custom elements: Vue leaves them to the browser.
const isCustomElement = (tag: string) => ['photo-story', 'nearby-photos', 'comment-thread', 'login-gate'].includes(tag);

export default defineConfig({ plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] });
