import { expect } from '@open-wc/testing';
import { htmlToText } from '../src/data/html-text.js';
import { payloadsHadTheirChance } from './support/hostile.js';

describe('htmlToText', () => {
  it('leaves plain text untouched', () => {
    expect(htmlToText('Trotsky in Mexico, 1937')).to.equal('Trotsky in Mexico, 1937');
  });

  it('drops tags, decodes entities and keeps block ends as line breaks', () => {
    expect(htmlToText('<p>L&aacute;zaro C&aacute;rdenas &amp; <b>Frida</b></p><p>Two</p>').trim()).to.equal(
      'Lázaro Cárdenas & Frida\n\nTwo',
    );
    expect(htmlToText('one<br>two<br/>three')).to.equal('one\ntwo\nthree');
    expect(htmlToText('&#8220;quoted&#x201D; &lt;tag&gt;')).to.equal('“quoted” <tag>');
  });

  it('keeps a < that starts no tag', () => {
    expect(htmlToText('I <3 this photo, and 2 < 3 & more')).to.equal('I <3 this photo, and 2 < 3 & more');
  });

  it('takes linear time on hostile input', () => {
    const started = performance.now();
    htmlToText('<br'.repeat(40_000));
    htmlToText('<a'.repeat(40_000) + '&amp;');
    expect(performance.now() - started).to.be.below(300);
  });

  it('shows no script or style source as text and runs nothing', async () => {
    const win = window as unknown as { hit?: number };
    const text = htmlToText(
      '<script>window.hit=1</script><style>p{}</style>Safe<img src=x onerror="window.hit=2"><svg onload="window.hit=3">',
    );
    await payloadsHadTheirChance();
    expect(text).to.equal('Safe');
    expect(win.hit).to.equal(undefined);
  });
});
