import { describe, expect, it } from 'vitest';
import { claimsOf, generatedClaims, linkAdvice, suggestPairs, wordsOf } from '../../scripts/suggest.ts';
import { oneStory } from './one-story.ts';

const TALKS = ['herald-talks-began-february', 'wire-talks-began-february'];

describe('npm run suggest', () => {
  const index = oneStory();

  it('ranks first a pair that asserts the same thing and is not linked yet', () => {
    const [first] = suggestPairs(claimsOf(index));
    expect(first && [first.a, first.b].includes('northgate-talks-february')).toBe(true);
    expect(first && [first.a, first.b].some((id) => TALKS.includes(id))).toBe(true);
  });

  it('finds the linked pairs too when the links are taken away, ahead of any unrelated pair', () => {
    const unlinked = claimsOf(index).map(({ thread: _, ...claim }) => claim);
    const pairs = suggestPairs(unlinked, { min: 0.1 });
    const sameThread = (p: { a: string; b: string }) => {
      const threads = [p.a, p.b].map((id) =>
        id === 'northgate-talks-february' ? 'herald-talks-began-february' : index.claims.get(id) && claimsOf(index).find((c) => c.id === id)?.thread,
      );
      return threads[0] !== undefined && threads[0] === threads[1];
    };
    expect(pairs.length).toBeGreaterThan(0);
    expect(sameThread(pairs[0] as { a: string; b: string })).toBe(true);
    // Every pair that belongs together is found.
    for (const pair of [
      ['herald-dam-may-be-sold', 'wire-dam-will-be-sold'],
      ['herald-no-vote', 'northgate-no-vote'],
    ]) {
      expect(
        pairs.some((p) => pair.includes(p.a) && pair.includes(p.b)),
        pair.join(' ~ '),
      ).toBe(true);
    }
  });

  it('never pairs two claims of one article, nor two claims already in one thread', () => {
    const claims = [
      { id: 'a1', article: 'a', text: 'The bridge will close in May for repairs' },
      { id: 'a2', article: 'a', text: 'The bridge will close in May for repairs' },
      { id: 'b1', article: 'b', text: 'The bridge will close in May for repairs', thread: 't' },
      { id: 'c1', article: 'c', text: 'The bridge will close in May for repairs', thread: 't' },
    ];
    const pairs = suggestPairs(claims, { min: 0 }).map((p) => `${p.a} ${p.b}`);
    expect(pairs).not.toContain('a1 a2');
    expect(pairs).not.toContain('b1 c1');
    expect(pairs).toEqual(expect.arrayContaining(['a1 b1', 'a1 c1', 'a2 b1', 'a2 c1']));
  });

  it('reads words in any script', () => {
    expect([...wordsOf('سد اورفان سيباع')]).toEqual(['سد', 'اورفان', 'سيباع']);
    expect(wordsOf('Der Damm wird VERKAUFT.').has('verkauft')).toBe(true);
  });

  it('tells the editor to link the later claim to the earlier one', () => {
    expect(linkAdvice(index, { a: 'herald-talks-began-february', b: 'northgate-talks-february', score: 1 })).toEqual({
      from: 'northgate-talks-february',
      to: 'herald-talks-began-february',
    });
  });

  it('advises no link that the check would refuse, joining two claims of one article', () => {
    // The Northgate claim is in the Herald's "no vote" thread; the Herald's sale claim heads another.
    expect(linkAdvice(index, { a: 'northgate-no-vote', b: 'herald-dam-may-be-sold', score: 1 })).toBeUndefined();
  });

  it('finds most relays among thousands of generated claims', () => {
    const { claims, planted } = generatedClaims(3000);
    const pairs = suggestPairs(claims);
    const found = pairs.filter((p) => planted.has(`${p.a} ${p.b}`) || planted.has(`${p.b} ${p.a}`)).length;
    expect(planted.size).toBeGreaterThan(30);
    expect(found / planted.size).toBeGreaterThan(0.85);
  });
});
