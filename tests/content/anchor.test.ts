import { describe, expect, it } from 'vitest';
import { findQuote, resolveAnchor } from '../../src/content/anchor.ts';
import { lookAlikeHint } from '../../src/content/anchor-hints.ts';

const text =
  'Pakistan was hesitant because of its agreement with a "foreign country".\nPakistan has acknowledged signing an agreement with a “foreign country” that permits drones.';

describe('resolveAnchor', () => {
  it('finds a passage that occurs once', () => {
    const result = resolveAnchor(text, { exact: 'permits drones' });
    expect(result).toEqual({ ok: true, start: text.indexOf('permits drones'), end: text.indexOf('permits drones') + 'permits drones'.length });
  });

  it('refuses a passage that occurs twice, and says how to tell them apart', () => {
    const result = resolveAnchor(text, { exact: 'foreign country' });
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: 'many', count: 2 });
    if (!result.ok) expect(result.hint).toContain('prefix');
  });

  it('tells two identical passages apart by prefix', () => {
    const straight = resolveAnchor(text, { exact: 'foreign country', prefix: 'a "' });
    const curly = resolveAnchor(text, { exact: 'foreign country', prefix: 'a “' });
    expect(straight).toMatchObject({ ok: true, start: text.indexOf('"foreign') + 1 });
    expect(curly).toMatchObject({ ok: true, start: text.indexOf('“foreign') + 1 });
  });

  it('tells two identical passages apart by suffix', () => {
    expect(resolveAnchor(text, { exact: 'foreign country', suffix: '” that' })).toMatchObject({ ok: true, start: text.indexOf('“foreign') + 1 });
  });

  it('never matches fuzzily: one character off is a miss that names the character', () => {
    const result = resolveAnchor(text, { exact: 'with a "foreign country” that permits' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('none');
      expect(result.hint).toContain('a straight double quote (", U+0022)');
    }
  });

  it('names the character where a Chinese anchor leaves the article within its first few characters', () => {
    const chinese = '广州地铁集团称，试运行期间共发现问题。';
    const result = resolveAnchor(chinese, { exact: '广州地铁集团称,试运行期间' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.hint).toContain('a full-width comma (，, U+FF0C) where the anchor has a comma (,, U+002C)');
    // In a text written with spaces, two letters in common say nothing of where the anchor was meant.
    const english = resolveAnchor(text, { exact: 'wi-fi drones' });
    if (!english.ok) expect(english.hint).toContain('No passage of the article starts with these words');
  });

  it('names the character when the very first one differs, Turkish I’s included', () => {
    const turkish = 'Meclis üyesi İsmail Şahin, projenin rafa kaldırıldığını iddia etti.';
    const result = resolveAnchor(turkish, { exact: 'Ismail Şahin, projenin rafa' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.hint).toBe('The article has `İ` (U+0130) where the anchor has `I`, at the very start: the article\'s words read “İsmail Şahin, projenin ra…”. Copy the words from the article character for character.');
    // The check's look-alike hint pairs the Turkish I's as capitals, as it does other letters.
    expect(lookAlikeHint(turkish, 'Ismail Şahin, projenin rafa')).toBe(
      'The article has `İ` (U+0130) where the anchor has `I`, at the very start. Copy the words from the article instead of typing them, so every letter is the same.',
    );
  });

  it('says which part of an anchor the article has when its beginning sums the article up instead of quoting it', () => {
    const chinese = '据滨江通讯社报道，滨江市政府周三表示，老桥将于下月关闭，进行为期三个月的维修。';
    const result = resolveAnchor(chinese, { exact: '据报道老桥将于下月关闭' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.hint).toBe(
        'The article has “老桥将于下月关闭”, as the anchor does, but not “据报道” before it: there the article reads “据滨江通讯社报道，滨江市政府周三表示，老桥将于下月关闭”. Copy the words from the article character for character: an anchor quotes the article, it does not sum it up.',
      );
    }
    const english = resolveAnchor(text, { exact: 'Reportedly, the talks broke down over a foreign country that permits drones' });
    expect(english.ok).toBe(false);
    // What the article has instead shows with it: here, its curly quotes around “foreign country”.
    if (!english.ok) {
      expect(english.hint).toBe(
        'The article has “that permits drones”, as the anchor does, but not “Reportedly, the talks broke down over a foreign …” before it: there the article reads “…a “foreign country” that permits drones”. Copy the words from the article character for character: an anchor quotes the article, it does not sum it up.',
      );
    }
  });

  it('says when the words exist but not with the given prefix', () => {
    const result = resolveAnchor(text, { exact: 'permits drones', prefix: 'which ' });
    expect(result).toMatchObject({ ok: false, reason: 'none' });
    if (!result.ok) expect(result.hint).toContain('prefix');
  });

  it('finds overlapping occurrences', () => {
    expect(findQuote('aaaa', { exact: 'aa' })).toEqual([0, 1, 2]);
  });
});
