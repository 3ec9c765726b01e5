import { createApp } from 'vue';
import 'photo-story-elements/define.js';
import App from './App.vue';

createApp(App).mount('#app');
