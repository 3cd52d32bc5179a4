import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arabicScriptLanguage, dominantScript, scriptMismatch } from '../../src/content/rules/language-scripts.ts';
import { BASE_LOADED, BROKEN, check, checkCase, scratchProject, editContent } from './support.ts';

const ARABIC = 'قال المتحدث باسم المجلس إن محطة الضخ تعمل بكامل طاقتها';

describe("a text's script against its language tag", () => {
  it('names the script most of the letters are in; too few letters, or no script with more than half, name none', () => {
    expect(dominantScript(ARABIC)).toBe('Arab');
    expect(dominantScript('Skupština grada Beograda')).toBe('Latn');
    // Digits, punctuation and a Latin brand name leave an Arabic sentence Arabic.
    expect(dominantScript('قال المتحدث لوكالة Reuters في 2025: «نعم»')).toBe('Arab');
    expect(dominantScript('東京は日本の首都です')).toBe('Jpan');
    expect(dominantScript('서울은 韓國의 수도')).toBe('Kore');
    expect(dominantScript('AP')).toBeUndefined();
    expect(dominantScript('王 12, 34!')).toBeUndefined();
    expect(dominantScript('Dawn فجري')).toBeUndefined();
  });

  it('Arabic text under an English tag, or Latin text under an Arabic one, reads the other way: an error', () => {
    expect(scriptMismatch(ARABIC, 'en')).toMatchObject({ script: 'Arab', written: 'Arabic script', expected: 'Latn', severity: 'error', suggested: 'ar' });
    expect(scriptMismatch('Jalalabad Municipal Council', 'ar')).toMatchObject({ script: 'Latn', expectedName: 'Arabic script', severity: 'error', suggested: 'en' });
    expect(scriptMismatch('Jalalabad Municipal Council', 'ps-AF')?.severity).toBe('error');
  });

  it('another script than Latin under the tag of a language written in Latin letters is an error, though it reads the same way: Thai under `en`', () => {
    const THAI = 'กรุงเทพมหานครประกาศให้โรงเรียนหยุดเรียนเป็นเวลาสองวัน';
    expect(scriptMismatch(THAI, 'en')).toMatchObject({ script: 'Thai', expected: 'Latn', severity: 'error', wrongDirection: false, suggested: 'th' });
    expect(scriptMismatch(THAI, 'fr')?.severity).toBe('error');
    expect(scriptMismatch('Министр обороны заявил', 'tr')?.severity).toBe('error');
    expect(scriptMismatch('外交部表示谈判将继续', 'vi')?.severity).toBe('error');
    // A language CLDR knows written in that script too stays a warning, as Serbian does.
    expect(scriptMismatch('Министр обороны заявил', 'uz')?.severity).toBe('warning');
    expect(scriptMismatch('Министр обороны заявил', 'sr-Latn')?.severity).toBe('warning');
  });

  it('another script of the same direction is a warning: Arabic under `he`, Serbian in Latin letters under `sr`', () => {
    expect(scriptMismatch(ARABIC, 'he')).toMatchObject({ script: 'Arab', expected: 'Hebr', severity: 'warning' });
    expect(scriptMismatch('Skupština grada Beograda', 'sr')).toMatchObject({ script: 'Latn', expected: 'Cyrl', severity: 'warning' });
    expect(scriptMismatch('東京は日本の首都です', 'zh')?.severity).toBe('warning');
  });

  it('proposes the language an Arabic-script text’s own letters tell, not Arabic for Persian, Urdu or Pashto', () => {
    const persian = 'گذرگاه تورخم از روز چهارشنبه به روی کامیون‌های تجاری بسته مانده است';
    const urdu = 'کونسل کے ترجمان نے کہا کہ ہم نے کوئی نیا نرخ نافذ نہیں کیا';
    const pashto = 'د تورخم لاره د سوداګریزو موټرو پر مخ تړل شوې ده';
    expect(scriptMismatch(persian, 'he')?.suggested).toBe('fa');
    expect(scriptMismatch(urdu, 'en')?.suggested).toBe('ur');
    expect(scriptMismatch(pashto, 'en')?.suggested).toBe('ps');
    expect(scriptMismatch(ARABIC, 'he')?.suggested).toBe('ar');
    expect(arabicScriptLanguage('نبض ننگرهار')?.tag).toBe('fa');
    // One Persian letter in a long Arabic text (a name) is not Persian.
    expect(arabicScriptLanguage(`${ARABIC} في ننگرهار ${ARABIC}`)).toBeUndefined();
  });

  it('warns of a Persian article tagged `ar`, which passes the script’s check, with the letters that tell', () => {
    const { root, cleanup } = scratchProject();
    try {
      writeFileSync(
        join(root, 'content/articles/torkham.md'),
        '---\ntitle: The Torkham crossing\nheadline: null\npublisher: null\nurl: null\npublished: 2025-10-01\nlanguage: ar\nsummary: A Persian text tagged as Arabic.\n---\nگذرگاه تورخم از روز چهارشنبه به روی کامیون‌های تجاری بسته مانده است.\n',
      );
      const warning = check(root).warnings.split('\n').find((line) => line.startsWith('content/articles/torkham.md'));
      expect(warning).toContain('has letters Arabic does not use (');
      expect(warning).toContain('as Persian does, but `language: ar` is Arabic');
      expect(warning).toContain('Set `language: fa` if the article is in Persian');
    } finally {
      cleanup();
    }
  });

  it('says nothing of a text in its tag’s script, a short or mixed text, or a tag of no known script', () => {
    expect(scriptMismatch(ARABIC, 'ar')).toBeUndefined();
    expect(scriptMismatch(ARABIC, 'ur')).toBeUndefined();
    expect(scriptMismatch('Skupština grada Beograda', 'sr-Latn')).toBeUndefined();
    expect(scriptMismatch('Москва', 'sr')).toBeUndefined();
    expect(scriptMismatch('習近平', 'ja')).toBeUndefined();
    expect(scriptMismatch('東京は日本の首都です', 'ja')).toBeUndefined();
    expect(scriptMismatch('AP', 'ar')).toBeUndefined();
    expect(scriptMismatch('قال', 'en')).toBeDefined();
    expect(scriptMismatch('قل', 'en')).toBeUndefined();
    expect(scriptMismatch('Dawn فجري', 'en')).toBeUndefined();
    expect(scriptMismatch('Dawn فجري', 'ar')).toBeUndefined();
    expect(scriptMismatch('Invented words', 'qaa')).toBeUndefined();
  });

  it('an all-Arabic article tagged `en` and a Latin native name tagged `ar` are refused where the tag is; Arabic under `he`, and a name in Arabic letters only, are warnings', () => {
    const result = checkCase('language-script');
    // The article's error is on its `language:` line, and its file sorts before the verb it misleads.
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/jalalabad-pumping-station.md:8:1  language  The article text is written in Arabic script, but \`language: en\` is English, written in Latin script: the page would set the wrong direction and hyphenation, and a screen reader the wrong voice.  Set \`language: ar\` (or the right tag for this text).
      content/claims/pumping-station-working.md:7:5  attribution[0].verb  The verb \`قال\` is not a whole word of the article: it occurs only inside “وقال”.  Copy the verb from the article's own words, whole words, so the chain reads as the article reads. The nearest in the article: “وقال”.
      content/sources/jalalabad-municipal-council.md:7:3  nativeName.lang  \`nativeName.text\` (\`Jalalabad Municipal Council\`) is written in Latin script, but \`lang: ar\` is Arabic, written in Arabic script: the page would show the name in the wrong direction.  Write the name in Arabic script here (\`nativeName\` is the name as written in its own script; \`Jalalabad Municipal Council\` belongs in \`name\` or \`aliases\`), or set \`lang: en\` (or the right tag for this text).
      content/stories/water-and-talks.md:2:1  title  The story's title and summary are written in Arabic script, but the story has no \`language\`, so it is taken as English, written in Latin script: the page would set the wrong direction.  Add \`language: ar\` (or the right tag for this text)."
    `);
    expect(result.warnings).toMatchInlineSnapshot(`
      "content/sources/khawaja-asif.md:2:1  warning  name  The source's \`name\` (\`خواجہ آصف\`) is written in Arabic script only, and it has no \`nativeName\`: the site's pages are in English and cannot tell which language the name is in, so a screen reader reads it in an English voice, and readers who do not read Arabic script cannot read it.  Write the name as readers of the site know it (in Latin letters, as English-language news writes it) in \`name\`, and this spelling under it, with the tag of its language: \`nativeName: { text: "خواجہ آصف", lang: ur }\` (\`ur\` is Urdu; put the right tag if the name is in another language). If the source has no name in Latin letters, leave \`name\` as it is.
      content/sources/omar-samad.md:8:3  warning  nativeName.lang  \`nativeName.text\` (\`عمر صمد\`) is written in Arabic script, but \`lang: he\` is Hebrew, written in Hebrew script.  Set \`lang: ar\` (or the right tag for this text); if it is Hebrew written in Arabic script, say so with the script in the tag: \`lang: he-Arab\`."
    `);
    expect(result.loaded).toEqual({
      ...BASE_LOADED,
      articles: ['jalalabad-pumping-station', 'pakistan-afghanistan-talks'],
      sources: ['jalalabad-municipal-council', 'khawaja-asif', 'omar-samad'],
      claims: ['afghan-side-venomous-statements', 'pumping-station-working', 'talks-failed-on-tuesday'],
      quotes: ['samad-on-intentions', 'venomous'],
      stories: ['water-and-talks'],
    });
  });

  it('the tags the fixes propose make the content valid, and the verb the wrong tag misread is a whole word again', () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'language-script', 'content'));
    try {
      const edit = (file: string, from: string, to: string) => editContent(root, file, from, to);
      edit('articles/jalalabad-pumping-station.md', 'language: en', 'language: ar');
      edit('sources/jalalabad-municipal-council.md', 'text: Jalalabad Municipal Council', 'text: مجلس بلدية جلال آباد');
      edit('sources/omar-samad.md', 'lang: he', 'lang: ar');
      // The name as the site's readers know it, and the fix's line under it, with Urdu's tag for an Urdu name.
      edit('sources/khawaja-asif.md', 'name: خواجہ آصف', 'name: Khawaja Asif\nnativeName: { text: "خواجہ آصف", lang: ur }');
      edit('stories/water-and-talks.md', 'summary:', 'language: ar\nsummary:');
      const result = check(root);
      expect(result.lines).toBe('');
      expect(result.warnings).toBe('');
    } finally {
      cleanup();
    }
  });

  it("asks for the name in Latin letters of a source named only in another script, however short; a name with a Latin letter passes", () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'language-script', 'content'));
    try {
      const path = join(root, 'content', 'sources', 'khawaja-asif.md');
      const named = (name: string) => {
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^name: .*$/m, `name: ${name}`));
        return check(root)
          .warnings.split('\n')
          .filter((line) => line.startsWith('content/sources/khawaja-asif.md'))
          .map((line) => /`nativeName: [^`]*` \([^)]*\)/.exec(line)?.[0] ?? line);
      };
      expect(named('王毅')).toEqual(['`nativeName: { text: "王毅", lang: zh }` (`zh` is Chinese; put the right tag if the name is in another language)']);
      expect(named('CCTV 中央电视台')).toEqual([]);
      expect(named('Khawaja Asif')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('a Thai article tagged `en` is refused on its `language:` line, with the tag to set', () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'language-script', 'content'));
    try {
      const path = join(root, 'content', 'articles', 'jalalabad-pumping-station.md');
      const arabic = readFileSync(path, 'utf8');
      const text = arabic.slice(arabic.indexOf('---', 4) + 4);
      writeFileSync(path, arabic.replace(text, 'กรุงเทพมหานครประกาศให้โรงเรียนในสังกัดทั้ง 50 เขตหยุดเรียนเป็นเวลาสองวัน\n'));
      expect(check(root).lines.split('\n').filter((line) => line.startsWith('content/articles/'))).toMatchInlineSnapshot(`
        [
          "content/articles/jalalabad-pumping-station.md:8:1  language  The article text is written in Thai script, but \`language: en\` is English, written in Latin script: a screen reader would read it in the wrong voice, and the page break it into lines by the wrong rules.  Set \`language: th\` (or the right tag for this text).",
        ]
      `);
    } finally {
      cleanup();
    }
  });

  it('a story tagged with its language is checked against the tag, title and summary each', () => {
    const { root, cleanup } = scratchProject(join(BROKEN, 'language-script', 'content'));
    try {
      const path = join(root, 'content', 'stories', 'water-and-talks.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('summary: مقالتان مخترعتان تقرآن معا للاختبار.', 'language: ar\nsummary: Two invented articles, read together for a test.'));
      expect(check(root).lines.split('\n').filter((line) => line.startsWith('content/stories/'))).toMatchInlineSnapshot(`
        [
          "content/stories/water-and-talks.md:6:1  language  The story's summary is written in Latin script, but \`language: ar\` is Arabic, written in Arabic script: the page would set the wrong direction.  Set \`language: en\` (or the right tag for this text).",
        ]
      `);
    } finally {
      cleanup();
    }
  });
});
