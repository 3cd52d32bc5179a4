import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { exportArticle, exportJsonSchema } from '../../src/publish/export.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { TWO_STORIES } from '../support/two-stories.ts';

const ARTICLE = 'pakistan-afghanistan-talks';
const index = CorpusIndex.fromCheck(checkContent(TWO_STORIES));
const validator = () => new Ajv2020({ allErrors: true, strict: false }).compile(exportJsonSchema());

describe('the data export', () => {
  it('validates against the JSON Schema generated from the same zod schemas', () => {
    const validate = validator();
    const data = exportArticle(index, ARTICLE);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is refused by that schema when a claim loses a required field', () => {
    const validate = validator();
    const data = structuredClone(exportArticle(index, ARTICLE)) as { claims: Record<string, unknown>[] };
    delete data.claims[0]!['attribution'];
    expect(validate(data)).toBe(false);
  });

  it('carries the whole analysis, references as ids', () => {
    const data = exportArticle(index, ARTICLE);
    expect(data.claims).toHaveLength(index.claimsOf(ARTICLE).length);
    expect(data.quotes).toHaveLength(index.quotesOf(ARTICLE).length);
    expect(data.events).toHaveLength(index.eventsOf(ARTICLE).length);
    const sourceIds = new Set(data.sources.map((s) => s.id));
    for (const claim of data.claims) {
      for (const id of claim.attribution) expect(sourceIds.has(id), `${claim.id} → ${id}`).toBe(true);
      expect(data.article.text.slice(claim.position.start, claim.position.end)).toBe(claim.anchor.exact);
    }
    const demand = data.claims.find((c) => c.id === 'afghan-demand-drone-commitment');
    expect(demand?.attribution).toEqual(['tolonews-report', 'afghan-negotiators']);
    expect(data.sources.find((s) => s.id === 'tameem-bahiss')?.nativeName).toEqual({ text: 'تمیم باحث', lang: 'fa', dir: 'rtl' });
  });

  it('carries a source shared by two stories in the data of each', () => {
    for (const article of ['pakistan-afghanistan-talks', 'harbour-contract-dispute']) {
      expect(
        exportArticle(index, article).sources.map((s) => s.id),
        article,
      ).toContain('geo-news');
    }
  });
});
