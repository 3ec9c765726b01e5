import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatDate } from '../src/i18n/format-date.js';

describe('formatDate', () => {
  after(() => executeServerCommand('emulate-timezone', { timezone: 'UTC' }));

  it('formats a date-only value on its own calendar day west of UTC', async () => {
    await executeServerCommand('emulate-timezone', { timezone: 'America/Los_Angeles' });
    expect(new Date('2025-01-06').getDate(), 'the zone really is west of UTC').to.equal(5);
    expect(formatDate('2025-01-06', 'en')).to.equal('January 6, 2025');
  });

  it('formats in the reader’s language', () => {
    expect(formatDate('2025-01-06', 'es')).to.equal('6 de enero de 2025');
    expect(formatDate('2025-01-06', 'ru')).to.equal('6 января 2025 г.');
  });

  it('shows date-times in the reader’s time zone', async () => {
    await executeServerCommand('emulate-timezone', { timezone: 'Asia/Tokyo' });
    expect(formatDate('2025-01-06T20:00:00Z', 'en')).to.equal('January 7, 2025');
  });

  it('formats years before 100 as they are', () => {
    expect(formatDate('0050-03-01', 'en')).to.equal('March 1, 50');
  });

  it('shows anything else as written', () => {
    for (const value of ['1939', 'c. 1922', '1910s', '2025-01', '2025-13-01', '2025-02-30', '2025-04-31', '2025-01-06T25:00', '0000-01-01', 'late 17th century']) {
      expect(formatDate(value, 'en')).to.equal(value);
    }
  });
});
