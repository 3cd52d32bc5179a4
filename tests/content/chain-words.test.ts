import { describe, expect, it } from 'vitest';
import { articleWordsOf, findWhole, lineFinder, nearestWords, paragraphAt } from '../../src/content/words.ts';
import { checkFiles } from '../../src/content/check.ts';
import type { SourceFile } from '../../src/content/read.ts';
import { check, checkCase, editContent, inScratch } from './support.ts';

describe('a chain is worded in the article’s own words, whole words', () => {
  it('refuses part of a word (naming the word it is inside), words not in the article (naming the nearest) and other capitals (naming the article’s), and asks for a venue’s wording', () => {
    const result = checkCase('chain-words');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/asif-accuses-part-words.md:7:5  attribution[0].verb  The verb \`accus\` is not a whole word of the article: it occurs only inside “accused”.  Copy the verb from the article's own words, whole words, so the chain reads as the article reads. The nearest in the article: “accused”.
      content/claims/asif-accuses-part-words.md:8:5  attribution[0].as  The name \`Asi\` is not a whole word of the article: it occurs only inside “Asif”.  Copy the name from the article's own words, whole words, so the chain reads as the article reads. The nearest in the article: “Asif”, “as”.
      content/claims/asif-accuses-part-words.md:10:5  hedges[0]  The hedge \`reportedl\` does not appear in the article.  Copy the hedge from the article's own words, whole words, so the chain reads as the article reads. The nearest in the article: “report”.
      content/claims/asif-defence-minister-capitals.md:7:5  attribution[0].verb  The verb \`Accused\` is not in the article as written: the article has “accused”.  Copy the verb as the article writes it, capitals included: the site shows it as the article's own words.
      content/claims/asif-defence-minister-capitals.md:8:5  attribution[0].as  The name \`khawaja asif\` is not in the article as written: the article has “Khawaja Asif”.  Copy the name as the article writes it, capitals included: the site shows it as the article's own words.
      content/claims/pakistan-was-hesitant.md:8:5  attribution[0].venue  The link names the venue \`geo-news\` but not the article's own words for it.  Add \`venueAs:\` under \`venue\`, copied from the article, like \`on Geo News\` or \`in a statement\`."
    `);
  });

  it('warns, without failing, about a verb found only in another paragraph, and says where', () => {
    const result = checkCase('chain-words');
    expect(result.warnings).toMatchInlineSnapshot(`"content/claims/pakistan-was-hesitant.md:7:5  warning  attribution[0].verb  The verb \`remarked\` is not in the paragraph of this claim; the article has it in paragraph 5 (line 24 of \`content/articles/pakistan-afghanistan-talks.md\`).  Keep it if that sentence governs this one (an opening "according to" may); otherwise copy the verb its own paragraph uses."`);
  });
});

describe('a verb that holds the venue’s words', () => {
  it('is refused, as the link would say the venue twice, with the verb to write', () => {
    inScratch((root) => {
      editContent(root, 'claims/india-pulling-the-strings.md', 'verb: said', 'verb: said on Geo News');
      expect(check(root).lines).toMatchInlineSnapshot(`"content/claims/india-pulling-the-strings.md:7:5  attribution[0].verb  The verb \`said on Geo News\` holds the venue's words \`on Geo News\` (\`venueAs\`), which the page puts after it: the link would read "said on Geo News on Geo News".  Keep the venue's words in \`venueAs\` only: \`verb: said\`."`);
    });
  });
});

describe('a verb its paragraph writes with other capitals', () => {
  it('is named in the warning, with the verb to write', () => {
    const files: SourceFile[] = [
      {
        collection: 'articles',
        file: 'content/articles/presa.md',
        text: '---\ntitle: Presa\nheadline: null\npublisher: null\nurl: null\npublished: 2025-05-02\nlanguage: es\nsummary: Una presa.\n---\nLa obra siguió, según el diario.\n\nSegún el diario, la presa tenía grietas.\n',
      },
      { collection: 'sources', file: 'content/sources/diario.md', text: '---\nname: El Diario\nkind: outlet\ndescription: Un diario.\n---\n' },
      {
        collection: 'claims',
        file: 'content/claims/grietas.md',
        text: '---\narticle: presa\nstatement: The dam had cracks.\nkind: report\nattribution:\n  - source: diario\n    verb: según\n    as: el diario\nanchor:\n  exact: la presa tenía grietas\n---\n',
      },
    ];
    const { problems, warnings } = checkFiles(files);
    expect(problems).toEqual([]);
    const verb = warnings.find((w) => w.field === 'attribution[0].verb');
    expect(verb?.message).toContain('not in the paragraph of this claim as written (it has “Según”)');
    expect(verb?.fix).toBe('Write the verb as this paragraph has it, capitals included: `verb: Según`.');
  });
});

describe('whole words in any script', () => {
  it('finds words at word boundaries, case aside, in Latin, Arabic and Chinese text', () => {
    expect(findWhole('He emphasised it. Emphasised!', 'emphasised')).toEqual([
      { start: 3, end: 13 },
      { start: 18, end: 28 },
    ]);
    expect(findWhole('He emphasised it.', 'mphas')).toEqual([]);
    // Urdu: "said" (کہا) as a word, and not inside a longer word.
    expect(findWhole('وزیر نے کہا کہ مذاکرات ناکام ہوئے', 'کہا', 'ur')).toHaveLength(1);
    expect(findWhole('وزیر نے کہاکہ', 'کہا', 'ur')).toEqual([]);
    // Arabic joins "and" (و) to the verb it precedes: أكدت ("confirmed") is the verb of وأكدت, but not of تأكدت.
    expect(findWhole('وأكدت الوكالة نقلاً عن المتحدث', 'أكدت', 'ar')).toEqual([{ start: 1, end: 5 }]);
    expect(findWhole('تأكدت الوكالة', 'أكدت', 'ar')).toEqual([]);
    // Chinese has no spaces: the segmenter's dictionary finds 表示 ("stated") as a word.
    expect(findWhole('外交部表示谈判将继续', '表示', 'zh')).toEqual([{ start: 3, end: 5 }]);
  });

  it('holds words to the article’s letters, and names its own form when only capitals differ, Turkish I’s included', () => {
    const text = 'İstanbul Büyükşehir Belediyesi seferlerin ertelendiğini açıkladı. Işıl Yıldırım seferlerin başlayacağını söyledi.';
    expect(articleWordsOf(text, 'açıkladı', 'tr')).toMatchObject({ found: [{ start: text.indexOf('açıkladı'), end: text.indexOf('açıkladı') + 8 }], otherCase: [] });
    // The site would show “Açıkladı” as the article's word.
    expect(articleWordsOf(text, 'Açıkladı', 'tr')).toMatchObject({ found: [], otherCase: ['açıkladı'] });
    expect(articleWordsOf(text, 'SÖYLEDİ', 'tr')).toMatchObject({ found: [], otherCase: ['söyledi'] });
    expect(articleWordsOf(text, 'ışıl yıldırım', 'tr')).toMatchObject({ found: [], otherCase: ['Işıl Yıldırım'] });
    // A dotless I where the article has a dotted one is not its word, whatever the case.
    expect(articleWordsOf(text, 'BELEDIYESI', 'tr')).toMatchObject({ found: [], otherCase: ['Belediyesi'] });
  });

  it('takes any boundary between letters as a word’s edge in scripts written without spaces, and keeps whole words elsewhere', () => {
    // ICU's dictionary splits this ระบุ|ว่าการ|หยุด|เรียน: the article's verb ระบุว่า ("stated that") is still found.
    const thai = 'ขณะที่สมาคมผู้ปกครองแห่งประเทศไทยระบุว่าการหยุดเรียนกะทันหันสร้างภาระ';
    expect(findWhole(thai, 'ระบุว่า', 'th', true)).toEqual([{ start: thai.indexOf('ระบุว่า'), end: thai.indexOf('ระบุว่า') + 7 }]);
    // Never inside a letter with its marks: ว่ is ว with a tone mark.
    expect(findWhole(thai, 'ระบุว', 'th', true)).toEqual([]);
    // Chinese: 称 ("said") between two names, where the dictionary joins it to the next word.
    const chinese = '外交部发言人称谈判将继续';
    expect(findWhole(chinese, '称', 'zh', true)).toEqual([{ start: 6, end: 7 }]);
    // Latin next to Thai, and words of spaced scripts, as before.
    expect(findWhole('ฝุ่น PM2.5 สูง', 'PM2', 'th', true)).toEqual([]);
    expect(findWhole('He emphasised it.', 'mphas', 'en', true)).toEqual([]);
  });

  it('answers for the language asked, when one text is asked in two (what it finds is kept per text and language)', () => {
    const text = 'وأكدت الوكالة نقلاً عن المتحدث';
    expect(findWhole(text, 'أكدت', 'ar')).toEqual([{ start: 1, end: 5 }]);
    // Without Arabic's rule for a joined "and", أكدت is inside the word وأكدت.
    expect(findWhole(text, 'أكدت', 'en')).toEqual([]);
    expect(findWhole(text, 'أكدت', 'ar')).toEqual([{ start: 1, end: 5 }]);
  });

  it('names the paragraph of any offset, counting from 0', () => {
    const text = 'First.\nSecond, longer.\nThird.';
    expect([0, 5, 7, text.indexOf('longer'), text.indexOf('Third'), text.length].map((offset) => paragraphAt(text, offset).index)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(paragraphAt(text, text.indexOf('longer'))).toEqual({ start: 7, end: 22, index: 1 });
  });

  it('suggests the nearest phrases of as many words, closest first', () => {
    expect(nearestWords('The ministry said on Sunday that talks resume, according to officials.', 'acording to')).toEqual(['according to']);
    expect(nearestWords('He emphasised it.', 'emphasized')).toEqual(['emphasised']);
  });

  it('gives the file line of any offset of the text, short sentences included', () => {
    const body = '\nFirst paragraph.\n\nSecond paragraph,\nwrapped over two lines.\n\nAFP\n';
    const text = 'First paragraph.\nSecond paragraph,\nwrapped over two lines.\nAFP';
    const line = lineFinder(body, 10);
    expect(line(text.indexOf('First'))).toBe(11);
    expect(line(text.indexOf('wrapped'))).toBe(14);
    expect(line(text.indexOf('AFP'))).toBe(16);
  });
});
