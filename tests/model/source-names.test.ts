/**
 * A source's name written only in right-to-left letters (`name: خبرگزاری تسنیم`, no `nativeName`):
 * every link to it and its own page's heading set it apart with its direction, so it is not run
 * together with the words around it. Its language the letters do not tell; the content check asks
 * for it (tests/content/language-scripts.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { sourceModel } from '../../src/model/source.ts';
import { chainOf, sourceLink } from '../../src/model/views.ts';
import { indexOf, makeCorpus } from '../support/corpus.ts';

const index = indexOf(
  makeCorpus({
    body: 'According to Tasnim, Asif said the talks failed.',
    sources: { tasnim: { name: 'خبرگزاری تسنیم', kind: 'outlet' }, asif: { name: 'Khawaja Asif' } },
    claims: {
      failed: {
        anchor: { exact: 'the talks failed' },
        attribution: [
          { source: 'tasnim', verb: 'According to' },
          { source: 'asif', verb: 'said', as: 'Asif' },
        ],
      },
    },
  }),
);

describe("a source's name in right-to-left letters only", () => {
  it('reads right to left wherever it is linked, in a chain too, and on its own page', () => {
    expect(sourceLink(index, 'tasnim', '/').dir).toBe('rtl');
    expect(chainOf(index, index.claims.get('failed')?.data.attribution ?? [], '/').map((link) => link.source.dir)).toEqual(['rtl', undefined]);
    expect(sourceModel(index, 'tasnim', '/').dir).toBe('rtl');
  });

  it('leaves a name in Latin letters to the page, with no direction of its own', () => {
    expect(sourceLink(index, 'asif', '/').dir).toBeUndefined();
    expect(sourceModel(index, 'asif', '/').dir).toBeUndefined();
  });
});
