import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * What a CMS author pastes where scripts and unknown tags are stripped: `embed.js`, loaded once by the
 * site, turns it into a `<photo-story>` that keeps the author's markup as its fallback.
 */
const meta: Meta = {
  title: 'CMS/Plain-HTML form',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** DESIGN's blockquote, with a fallback of title link and photo, reading `src`. */
const plainForm = (src: string, hide = '') => html`<blockquote
  class="photo-story"
  data-src=${src}
  data-hide=${hide}
  cite="/archive/photos/frida-kahlo-mens-suit.html"
>
  <p><a href="/archive/photos/frida-kahlo-mens-suit.html">Frida Kahlo in a men’s suit</a>, 1926</p>
  <img src="/archive/img/frida-kahlo-mens-suit.svg" alt="Frida Kahlo, in a three-piece suit, among her family" width="200" height="250" loading="lazy" />
</blockquote>`;

/** DESIGN's blockquote with `data-src` and `data-*` attributes: upgraded into the story. */
export const Blockquote: Story = { render: () => plainForm('/archive/api/photos/frida-kahlo-mens-suit.json', 'comments nearby') };

/** The JSON is not an entry: the story shows its error and Try again, and the author's fallback again. */
export const FallbackAfterFailure: Story = { render: () => plainForm('/archive/api/nearby/leon-trotsky-arrival-mexico.json') };

/**
 * A site's rule on a script tag (`data-match`, `data-json`): a link on a line of its own becomes a
 * story; a link inside a sentence stays a link.
 */
export const LinkOnItsOwnLine: Story = {
  render: () => html`<script
      type="application/json"
      data-match="/archive/photos/"
      data-json="/archive/api/photos/{id}.json"
      data-hide="comments nearby"
    ></script>
    <p><a href="/archive/photos/heavy-and-slow-uncle-joe.html">/archive/photos/heavy-and-slow-uncle-joe.html</a></p>
    <p>A link inside a sentence, <a href="/archive/photos/heavy-and-slow-uncle-joe.html">like this one</a>, stays a link.</p>`,
};
