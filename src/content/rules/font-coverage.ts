import type { CollectionName } from '../collections.ts';
import { describeCharacter, uncoveredCharacters } from '../font-coverage.ts';
import { valuesAt, type FieldPath } from '../field-roles.ts';
import { allRecords, at, eachRecord, singular, type Rule } from './context.ts';
import { refusedCharacters } from './text-policy.ts';

/** The fields a share card prints (src/model/cards.ts), each with what messages call it. */
export const CARD_FIELDS: Record<CollectionName, readonly { path: FieldPath; what: string }[]> = {
  articles: [{ path: ['title'], what: 'title' }],
  sources: [
    { path: ['name'], what: 'name' },
    { path: ['nativeName', 'text'], what: 'name in its own script' },
  ],
  claims: [
    { path: ['statement'], what: 'statement' },
    { path: ['attribution', '*', 'verb'], what: 'verb' },
    { path: ['attribution', '*', 'as'], what: 'name' },
    { path: ['attribution', '*', 'venueAs'], what: 'venue wording' },
  ],
  quotes: [
    { path: ['text'], what: 'quote' },
    { path: ['verb'], what: 'verb' },
  ],
  events: [],
  stories: [],
};

/**
 * Every text a share card prints can be drawn by one of the card fonts (src/content/font-coverage.ts).
 * A card cannot fall back on the reader's fonts as a page does: it is a picture drawn at build time,
 * and a character with no glyph would be a blank, or stop the build after the pages were written.
 */
export const fontCoverage: Rule = ({ records }) =>
  eachRecord(allRecords(records), (record, report) => {
    for (const { path, what } of CARD_FIELDS[record.collection]) {
      for (const { value, at: where } of valuesAt(record.data, path)) {
        if (typeof value !== 'string') continue;
        // Controls, bidi overrides and lone surrogates are the text policy's to name; no font should draw them.
        const refused = new Set(refusedCharacters(value).map(({ code }) => code));
        const missing = uncoveredCharacters(value).filter((character) => !refused.has(character.codePointAt(0) ?? -1));
        if (missing.length === 0) continue;
        const shown = missing.slice(0, 8).map(describeCharacter).join(', ');
        const more = missing.length > 8 ? ` and ${missing.length - 8} more` : '';
        report({
          ...at(record, where),
          message: `The ${what} of the ${singular(record.collection)} \`${record.id}\` has ${missing.length === 1 ? 'a character' : 'characters'} no share-card font can draw: ${shown}${more}.`,
          fix: 'Write it with characters a card can draw (a plain letter for a styled one, a word for a symbol), or add a font that has them to src/render/fonts.ts and run `npm run fonts:coverage`.',
        });
      }
    }
  });
