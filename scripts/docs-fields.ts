/**
 * `npm run docs:fields [-- --check]`: write the field tables of docs/editing-guide.md from the zod
 * schemas' own `.describe()` texts, the words the checker also prints, so the guide cannot drift
 * from what the checker accepts. With `--check` it changes nothing and exits 1 if the guide is stale.
 * A table sits between `<!-- fields:<name> -->` and `<!-- /fields:<name> -->` in the guide.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { fieldsOf, type FieldInfo, type ValueShape } from '../src/content/schema-fields.ts';
import { AnchorSchema } from '../src/content/schemas/anchor.ts';
import { ArticleSchema } from '../src/content/schemas/article.ts';
import { AttributionLinkSchema, ClaimSchema, RelationSchema, ReviewSchema } from '../src/content/schemas/claim.ts';
import { CorrectionSchema } from '../src/content/schemas/correction.ts';
import { DateSchema } from '../src/content/schemas/date.ts';
import { EventSchema } from '../src/content/schemas/event.ts';
import { QuoteSchema } from '../src/content/schemas/quote.ts';
import { NativeNameSchema, SourceSchema } from '../src/content/schemas/source.ts';
import { StorySchema } from '../src/content/schemas/story.ts';

/** The tables, in the order the guide shows them, and the groups each names. */
export const TABLES: Record<string, z.core.$ZodType> = {
  articles: ArticleSchema,
  sources: SourceSchema,
  claims: ClaimSchema,
  quotes: QuoteSchema,
  events: EventSchema,
  stories: StorySchema,
  anchor: AnchorSchema,
  attribution: AttributionLinkSchema,
  relations: RelationSchema,
  review: ReviewSchema,
  corrections: CorrectionSchema,
  date: DateSchema,
  nativeName: NativeNameSchema,
};

/** What kind of value a field takes, in an editor's words. */
function valueOf(value: ValueShape, name: string): string {
  switch (value.type) {
    case 'date':
      return 'date (see [Dates](#dates))';
    case 'enum':
      return `one of ${value.options.map((v) => `\`${v}\``).join(', ')}`;
    case 'list':
      return value.element.type === 'group'
        ? `list of groups (see [\`${name}\`](#${name.toLowerCase()}))`
        : value.element.type === 'text' && value.element.maxCharacters !== undefined
          ? `list of texts, each at most ${value.element.maxCharacters.toLocaleString('en')} characters`
          : `list of ${valueOf(value.element, name).replace(/^an? /, '')}s`;
    case 'group':
      return `group (see [\`${name}\`](#${name.toLowerCase()}))`;
    case 'boolean':
      return '`true` or `false`';
    case 'text':
    case 'id':
      return value.type === 'text' && value.maxCharacters !== undefined ? `text, at most ${value.maxCharacters.toLocaleString('en')} characters` : value.type;
    default:
      return value.name;
  }
}

function needed(field: FieldInfo): string {
  if (field.need === 'optional') return 'no';
  if (field.need === 'nullable') return 'yes, or `null`';
  if (field.need === 'default') {
    const none = typeof field.fallback === 'object' && field.fallback !== null && Object.keys(field.fallback).length === 0;
    return none ? 'no (default: none)' : `no (default: \`${String(field.fallback)}\`)`;
  }
  return 'yes';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function fieldTable(schema: z.core.$ZodType): string {
  const rows = fieldsOf(schema).map(
    (field) => `| \`${field.key}\` | ${cell(needed(field))} | ${cell(valueOf(field.value, field.key))} | ${cell(field.help)} |`,
  );
  return ['| Field | Needed | Value | What it means |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The guide with every table written afresh from the schemas. */
export function updateGuide(guide: string): string {
  let out = guide;
  for (const [name, schema] of Object.entries(TABLES)) {
    const pattern = new RegExp(`(<!-- fields:${name} -->)[\\s\\S]*?(<!-- /fields:${name} -->)`);
    if (!pattern.test(out))
      throw new Error(`docs/editing-guide.md has no place for the \`${name}\` table: add <!-- fields:${name} --> and <!-- /fields:${name} --> lines.`);
    out = out.replace(pattern, (_all, start: string, end: string) => `${start}\n${fieldTable(schema)}\n${end}`);
  }
  return out;
}

export const GUIDE = fileURLToPath(new URL('../docs/editing-guide.md', import.meta.url));

if (import.meta.main) {
  try {
    const guide = readFileSync(GUIDE, 'utf8');
    const updated = updateGuide(guide);
    if (process.argv.includes('--check')) {
      if (updated !== guide) {
        console.error('The field tables in docs/editing-guide.md differ from the schemas. Run `npm run docs:fields` and commit the result.');
        process.exit(1);
      }
      console.log('The field tables in docs/editing-guide.md match the schemas.');
    } else if (updated === guide) {
      console.log('docs/editing-guide.md: the field tables were already up to date.');
    } else {
      writeFileSync(GUIDE, updated);
      console.log('docs/editing-guide.md: field tables rewritten from the schemas.');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
