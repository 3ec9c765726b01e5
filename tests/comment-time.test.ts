import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { commentTime } from '../src/i18n/relative-time.js';

describe('commentTime', () => {
  const now = Date.parse('2025-01-08T12:00:00Z');

  it('says when, relatively, and in full with the time of day in the reader’s time zone', async () => {
    await executeServerCommand('emulate-timezone', { timezone: 'Europe/Madrid' });
    expect(commentTime('2025-01-06T09:30:00Z', 'en', now)).to.deep.equal({ when: '2 days ago', full: 'January 6, 2025 at 10:30 AM' });
    expect(commentTime('2025-01-08T11:59:30Z', 'es', now)!.when).to.equal('hace 30 segundos');
    expect(commentTime('2025-01-07T12:00:00Z', 'fr', now)!.when).to.equal('hier');
  });

  it('gives a date-only value its calendar date, and nothing for what is not a time', () => {
    expect(commentTime('2025-01-06', 'en', now)!.full).to.equal('January 6, 2025');
    for (const value of ['', 'yesterday', '2025-13-45T00:00:00Z']) expect(commentTime(value, 'en', now), value).to.equal(undefined);
  });
});
