/**
 * `npm run docs:fields [-- --check]`: write the field tables of docs/editing-guide.md from the zod
 * schemas' own `.describe()` texts, the words the checker also prints, so the guide cannot drift
 * from what the checker accepts. With `--check` it changes nothing and exits 1 if the guide is stale.
 * A table sits between `<!-- fields:<name> -->` and `<!-- /fields:<name> -->` in the guide.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { AnchorSchema } from '../src/content/schemas/anchor.ts';
import { ArticleSchema } from '../src/content/schemas/article.ts';
import { AttributionLinkSchema, ClaimSchema, RelationSchema, ReviewSchema } from '../src/content/schemas/claim.ts';
import { ID_PATTERN } from '../src/content/schemas/common.ts';
import { DateSchema } from '../src/content/schemas/date.ts';
import { EventSchema } from '../src/content/schemas/event.ts';
import { QuoteSchema } from '../src/content/schemas/quote.ts';
import { NativeNameSchema, SourceSchema } from '../src/content/schemas/source.ts';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

const def = (schema: Schema) => schema._zod.def as unknown as Def;
const description = (schema: Schema) => (schema as { description?: string }).description;

/** The tables, in the order the guide shows them, and the groups each names. */
export const TABLES: Record<string, Schema> = {
  articles: ArticleSchema,
  sources: SourceSchema,
  claims: ClaimSchema,
  quotes: QuoteSchema,
  events: EventSchema,
  anchor: AnchorSchema,
  attribution: AttributionLinkSchema,
  relations: RelationSchema,
  review: ReviewSchema,
  date: DateSchema,
  nativeName: NativeNameSchema,
};

/** What kind of value a field takes, in an editor's words. */
function valueOf(schema: Schema, name: string): string {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return valueOf(d['innerType'] as Schema, name);
    case 'pipe':
      // Dates are the one preprocessed field: a short form or an object.
      return def(d['out'] as Schema).type === 'object' ? 'date (see [Dates](#dates))' : valueOf(d['out'] as Schema, name);
    case 'enum':
      return `one of ${Object.values(d['entries'] as Record<string, string>)
        .map((v) => `\`${v}\``)
        .join(', ')}`;
    case 'array': {
      const element = d['element'] as Schema;
      return def(element).type === 'object'
        ? `list of groups (see [\`${name}\`](#${name.toLowerCase()}))`
        : `list of ${valueOf(element, name).replace(/^an? /, '')}s`;
    }
    case 'object':
      return `group (see [\`${name}\`](#${name.toLowerCase()}))`;
    case 'boolean':
      return '`true` or `false`';
    case 'string': {
      const checks = (d['checks'] as { _zod: { def: { format?: string; pattern?: RegExp } } }[] | undefined) ?? [];
      if (checks.some((c) => c._zod.def.format === 'regex' && String(c._zod.def.pattern) === String(ID_PATTERN))) return 'id';
      return 'text';
    }
    default:
      return d.type;
  }
}

function needed(schema: Schema): string {
  const d = def(schema);
  if (d.type === 'optional') return 'no';
  if (d.type === 'nullable') return 'yes, or `null`';
  if (d.type === 'default') {
    const value: unknown = (d['defaultValue'] as unknown) instanceof Function ? (d['defaultValue'] as () => unknown)() : d['defaultValue'];
    return Array.isArray(value) && value.length === 0 ? 'no (default: none)' : `no (default: \`${String(value)}\`)`;
  }
  if (d.type === 'pipe') return needed(d['in'] as Schema) === 'no' ? 'no' : 'yes';
  return 'yes';
}

/** A field's help: its own description, else its type's. */
function helpOf(schema: Schema): string {
  let current: Schema | undefined = schema;
  while (current) {
    const text = description(current);
    if (text) return text;
    const d = def(current);
    current = (d['innerType'] ?? d['out']) as Schema | undefined;
  }
  return '';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function fieldTable(schema: Schema): string {
  const shape = def(schema)['shape'] as Record<string, Schema>;
  const rows = Object.entries(shape).map(
    ([name, field]) => `| \`${name}\` | ${cell(needed(field))} | ${cell(valueOf(field, name))} | ${cell(helpOf(field))} |`,
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
