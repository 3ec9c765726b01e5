import { defineElement } from '../define-element.js';
import { PhotoStory } from './photo-story.js';

defineElement('photo-story', PhotoStory);

declare global {
  interface HTMLElementTagNameMap {
    'photo-story': PhotoStory;
  }
}
