import { defineElement } from '../define-element.js';
import { LoginGate } from './login-gate.js';

defineElement('login-gate', LoginGate);

declare global {
  interface HTMLElementTagNameMap {
    'login-gate': LoginGate;
  }
}
