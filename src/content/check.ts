import { readContentDir } from './read.ts';
import { validateFiles, type ValidationResult } from './validate.ts';

export type { Analysis, ValidationResult } from './validate.ts';
export type { Corpus, Entry, CollectionName } from './collections.ts';

/** Read and check everything under `<root>/content/`: the one check the CLI, the loader and the tests share. */
export function checkContent(root: string, contentDir = 'content'): ValidationResult {
  const { files, problems } = readContentDir(root, contentDir);
  return validateFiles(files, problems);
}
