import { anchors } from './anchors.ts';
import { articleWords } from './article-words.ts';
import { chains } from './chains.ts';
import type { Rule } from './context.ts';
import { corrections } from './corrections.ts';
import { crossLinks } from './cross-links.ts';
import { dateWords } from './date-words.ts';
import { eventOrder } from './event-order.ts';
import { fileNames } from './file-names.ts';
import { fontCoverage } from './font-coverage.ts';
import { futureDatesToday } from './future-dates.ts';
import { languageScripts } from './language-scripts.ts';
import { names, sameSourceNames } from './names.ts';
import { publishers } from './publishers.ts';
import { quoteMarks } from './quote-marks.ts';
import { references } from './references.ts';
import { relations } from './relations.ts';
import { sameArticle } from './same-article.ts';
import { sameAs } from './same-as.ts';
import { stories } from './stories.ts';
import { textPolicy } from './text-policy.ts';
import { unusedSources } from './unused-sources.ts';
import { venues } from './venues.ts';

/**
 * The checker's rules, in the order they run. Each reads the records the files were parsed into;
 * `anchors` also records each anchor's range in the analysis, for the pages and for rules after it.
 */
export const RULES: readonly Rule[] = [
  fileNames,
  names,
  sameSourceNames,
  references,
  chains,
  publishers,
  languageScripts,
  sameArticle,
  sameAs,
  stories,
  relations,
  anchors,
  quoteMarks,
  articleWords,
  dateWords,
  venues,
  eventOrder,
  crossLinks,
  corrections,
  futureDatesToday,
  textPolicy,
  fontCoverage,
  unusedSources,
];
