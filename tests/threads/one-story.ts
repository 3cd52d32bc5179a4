import { resolve } from 'node:path';
import { checkContent } from '../../src/content/check.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';

/** The fixture corpus tests/fixtures/corpora/one-story: three invented outlets relaying one story, and a fourth its story record adds. */
export const ONE_STORY = resolve('tests/fixtures/corpora/one-story');

let index: CorpusIndex | undefined;

/** The fixture's index, as the build makes it from the content check. */
export function oneStory(): CorpusIndex {
  index ??= CorpusIndex.fromCheck(checkContent(ONE_STORY));
  return index;
}
