// Copy with citation: the quote with guillemets (French) or curly quotes (English), then the pinpoint citation; HTML escaped.
import { describe, expect, it } from 'vitest';
import { quoteWithCitation } from '../../../shared/export';
import { blocks, document } from './fixtures';

describe('quoteWithCitation', () => {
  it('cites the paragraph where the selection starts, in French', () => {
    const clip = quoteWithCitation(document, blocks, { text: 'le risque de transfert\n vers les États-Unis', startBlockId: 'r2' }, 'fr');
    expect(clip.citation).toBe('CE, juge des référés, 25 avril 2025, n° 503163, pt 2');
    expect(clip.text).toBe('«\u00a0le risque de transfert vers les États-Unis\u00a0» (CE, juge des référés, 25 avril 2025, n° 503163, pt 2)');
    expect(clip.html).toBe('<p>«\u00a0le risque de transfert vers les États-Unis\u00a0» (<cite>CE, juge des référés, 25 avril 2025, n° 503163, pt 2</cite>)</p>');
  });

  it('uses the number of the point a list item belongs to, and English conventions', () => {
    const clip = quoteWithCitation(document, blocks, { text: 'la condition d’urgence', startBlockId: 'r1b' }, 'en');
    expect(clip.text).toBe('“la condition d’urgence” (CE, juge des référés, 25 April 2025, No 503163, para. 1)');
  });

  it('escapes HTML in the quote and leaves the plain text as it is', () => {
    const clip = quoteWithCitation(document, blocks, { text: 'a <b> & "c"', startBlockId: 'o' }, 'fr');
    expect(clip.html).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
    expect(clip.text).toContain('a <b> & "c"');
    // The operative part has no point number: the citation has no pinpoint.
    expect(clip.citation).toBe('CE, juge des référés, 25 avril 2025, n° 503163');
  });
});
