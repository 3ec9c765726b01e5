import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/data/safe-url.js';

const base = 'https://archive.example.org/api/photos/42.json';

describe('safeUrl', () => {
  it('resolves relative and protocol-relative URLs against the document URL', () => {
    expect(safeUrl('img/a.jpg', base)).to.equal('https://archive.example.org/api/photos/img/a.jpg');
    expect(safeUrl('/photos/42', base)).to.equal('https://archive.example.org/photos/42');
    expect(safeUrl('//cdn.example.net/a.jpg', base)).to.equal('https://cdn.example.net/a.jpg');
    expect(safeUrl('  http://example.com/x  ', base)).to.equal('http://example.com/x');
  });

  it('refuses every scheme but http and https, however it is disguised', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
    ]) {
      expect(safeUrl(hostile, base), hostile).to.equal(undefined);
    }
  });

  it('ignores values that are not strings or are empty, and malformed URLs', () => {
    for (const value of [undefined, null, 42, {}, [], '', '   ', 'http://[bad']) {
      expect(safeUrl(value, base)).to.equal(undefined);
    }
    expect(safeUrl('a.jpg', 'about:blank')).to.equal(undefined);
  });
});
