import { defineElement } from '../define-element.js';
import { NearbyPhotos } from './nearby-photos.js';

defineElement('nearby-photos', NearbyPhotos);

declare global {
  interface HTMLElementTagNameMap {
    'nearby-photos': NearbyPhotos;
  }
}
