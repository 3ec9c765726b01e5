import { mount } from 'svelte';
import 'photo-story-elements/define.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
