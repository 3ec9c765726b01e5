import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  user?: { id: string; name: string } | null;
}

const meta: Meta<Args> = {
  title: 'Elements/login-gate',
  component: 'login-gate',
  render: ({ user }) =>
    html`<login-gate .user=${user} login-url="/archive/users/oldpik.html">
      <p>Only signed-in readers see this.</p>
    </login-gate>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's prompt; "Log in" fires `login-request` (cancel it to open your own sign-in). */
export const SignedOut: Story = { args: { user: null } };

export const SignedIn: Story = { args: { user: { id: 'u1', name: 'Marta' } } };
