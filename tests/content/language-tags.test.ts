import { describe, expect, it } from 'vitest';
import { LangSchema } from '../../src/content/schemas/common.ts';
import { BASE_LOADED, checkCase } from './support.ts';

describe('language tags', () => {
  it('takes any well-formed tag of a language CLDR knows, in any case, with a region or script', () => {
    for (const tag of ['en', 'ur-PK', 'UR-pk', 'zh-Hant', 'ckb', 'ps-AF', 'qaa']) expect(LangSchema.safeParse(tag).success, tag).toBe(true);
  });

  it('refuses a tag of no language, which a page would publish as its lang, and turns a name into its tag', () => {
    for (const tag of ['xx', 'english', 'Urdu', 'en_US', '']) expect(LangSchema.safeParse(tag).success, tag).toBe(false);
    const result = checkCase('unknown-language');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/pakistan-afghanistan-talks.md:10:1  language  \`english\` is written like a language tag, but \`english\` is no language.  Did you mean \`en\`? Tags are short codes, not names.
      content/sources/omar-samad.md:8:3  nativeName.lang  \`xx\` is written like a language tag, but \`xx\` is no language.  Use a BCP 47 tag such as \`en\`, \`fa\`, \`ps\` or \`ar\`."
    `);
    // Only the two records with the wrong tags are refused.
    expect(result.loaded).toEqual({ ...BASE_LOADED, articles: [], sources: ['khawaja-asif'] });
  });

  it('refuses an old code Intl still reads, which the rules for that language would not know, with the code to write', () => {
    const refused = LangSchema.safeParse('iw-IL');
    expect(refused.success).toBe(false);
    expect(JSON.stringify(refused.error?.issues)).toContain('`iw-IL` is an old code for Hebrew.');
    expect(JSON.stringify(refused.error?.issues)).toContain('Write `he-IL`.');
    for (const tag of ['in', 'ji']) expect(LangSchema.safeParse(tag).success, tag).toBe(false);
  });

  it('refuses a tag written with an underscore, as locale settings write it, with the tag to write', () => {
    const said = (tag: string) => LangSchema.safeParse(tag).error?.issues.map((issue) => `${issue.message} ${(issue as { params?: { fix?: string } }).params?.fix}`);
    expect(said('tr_TR')).toEqual(['`tr_TR` has an underscore where a language tag has a hyphen. Write `tr-TR`.']);
    expect(said('pt_BR')).toEqual(['`pt_BR` has an underscore where a language tag has a hyphen. Write `pt-BR`.']);
    // An old code with an underscore gets both fixes at once.
    expect(said('iw_IL')).toEqual(['`iw_IL` is an old code for Hebrew. Write `he-IL`.']);
    expect(said('xx_YY')).toEqual(['`xx_YY` is written like a language tag, but `xx` is no language. Use a BCP 47 tag such as `en`, `fa`, `ps` or `ar`.']);
  });
});
