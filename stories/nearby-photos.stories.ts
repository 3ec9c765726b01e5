import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Fetcher } from '../src/index.js';
import { answer, never, offline, timeout } from './fetchers.js';
import { WAIT, found } from './play.js';

interface Args {
  src?: string;
  items?: unknown;
  fetch?: Fetcher;
  layout: 'grid' | 'strip';
  limit: number;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/nearby-photos',
  component: 'nearby-photos',
  args: { src: '/archive/api/nearby/leon-trotsky-arrival-mexico.json', layout: 'grid', limit: 12, width: '40rem' },
  argTypes: { layout: { control: 'inline-radio', options: ['grid', 'strip'] } },
  render: ({ src, items, fetch, layout, limit, width }) =>
    html`<div style="max-width: ${width}">
      <nearby-photos src=${src ?? ''} layout=${layout} limit=${limit} .items=${items} .fetch=${fetch}></nearby-photos>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed entry's nearby list from the sample archive. */
export const Grid: Story = {};

/** One row that scrolls sideways; focus it and use the arrow keys. */
export const Strip: Story = { args: { layout: 'strip' } };

/** Three at first; "More" shows the rest. */
export const Limited: Story = { args: { limit: 3 } };

/** "More", pressed: three more show. */
export const ShowMore: Story = {
  args: { limit: 3 },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('nearby-photos')!;
    const more = await waitFor(() => found(list, '[part=more]'), WAIT);
    await userEvent.click(more);
    await waitFor(() => expect(list.shadowRoot!.querySelectorAll('[part=item]')).toHaveLength(6), WAIT);
  },
};

export const Loading: Story = { args: { fetch: never } };

export const Error: Story = { args: { fetch: answer({}, 500) } };

export const Offline: Story = { args: { fetch: offline } };

export const Timeout: Story = { args: { fetch: timeout } };

/** Not JSON, or JSON that is not a list. */
export const NotAList: Story = { args: { fetch: answer({ items: 'none' }) } };

/** An empty list shows nothing at all. */
export const Empty: Story = { args: { src: undefined, items: [] } };

/** HTML in titles is shown as text; `javascript:` links are dropped. */
export const HostileData: Story = {
  args: {
    src: undefined,
    items: [
      { title: '<img src=x onerror="alert(1)">Shown as text', url: 'javascript:alert(2)', date: 'c. 1900' },
      { title: 'A safe item', url: 'https://archive.example.org/photos/safe', contributor: { name: '<b>OldPik</b>' } },
    ],
  },
};

/** A narrow sidebar. */
export const Narrow: Story = { args: { width: '16rem' } };
