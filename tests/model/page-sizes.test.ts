/**
 * The field bounds the page sizes assume (src/model/page-sizes.ts) must admit what editors write:
 * a bound below real content would make the numbers rest on content that cannot exist.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { FIELD_BOUNDS as B } from '../../src/model/page-sizes.ts';

const { corpus, problems } = checkContent('tests/fixtures/corpora/two-stories');
const bytes = (text: string | null | undefined) => Buffer.byteLength(text ?? '');

describe('the field bounds', () => {
  it('admit every record of the fixture corpus', () => {
    expect(problems).toEqual([]);
    const over: string[] = [];
    const check = (what: string, value: number, bound: number) => value > bound && over.push(`${what}: ${value} > ${bound}`);
    for (const collection of ['articles', 'sources', 'claims', 'quotes', 'events'] as const) {
      for (const record of corpus[collection]) check(`${collection}/${record.id} id`, bytes(record.id), B.id);
    }
    for (const { id, data } of corpus.articles) {
      check(`${id} title`, bytes(data.title), B.title);
      check(`${id} summary`, bytes(data.summary), B.summary);
      check(`${id} headline`, bytes(data.headline), B.headline);
      check(`${id} publisher`, bytes(data.publisher), B.publisher);
      check(`${id} url`, bytes(data.url), B.url);
    }
    for (const { id, data } of corpus.claims) {
      check(`${id} statement`, bytes(data.statement), B.statement);
      check(`${id} chain`, data.attribution.length, B.chain);
      check(`${id} hedges`, data.hedges.length, B.hedges);
      check(`${id} relations`, data.relations.length, B.relations);
      check(`${id} events`, data.events.length, B.events);
      for (const link of data.attribution) {
        check(`${id} verb`, bytes(link.verb), B.verb);
        check(`${id} as`, bytes(link.as), B.name);
      }
      for (const hedge of data.hedges) check(`${id} hedge`, bytes(hedge), B.hedge);
    }
    for (const { id, data } of corpus.sources) {
      check(`${id} name`, bytes(data.name), B.name);
      check(`${id} native name`, bytes(data.nativeName?.text), B.name);
      check(`${id} description`, bytes(data.description), B.description);
      check(`${id} role`, bytes(data.role), B.role);
    }
    for (const { id, data } of corpus.quotes) check(`${id} quote`, bytes(data.text), B.quote);
    for (const { id, data } of corpus.events) {
      check(`${id} title`, bytes(data.title), B.eventTitle);
      check(`${id} after`, data.after.length, B.after);
    }
    expect(over).toEqual([]);
  });
});
