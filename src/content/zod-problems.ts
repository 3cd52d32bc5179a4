import { closest, distance } from 'fastest-levenshtein';
import { z } from 'astro/zod';
import { aNoun, formatPath, type Problem } from './problems.ts';
import { positionOf, type Position } from './frontmatter.ts';
import { ID_PATTERN } from './schemas/common.ts';

type Schema = z.core.$ZodType;

/**
 * Walk a schema along a data path, unwrapping optional, default, pipe and array layers, and return
 * the layers of the last step only: the field's own description and keys, never its parent's.
 */
function schemasAt(schema: Schema, path: readonly PropertyKey[]): Schema[] {
  let seen: Schema[] = [];
  let current: Schema | undefined = schema;
  let index = 0;
  while (current) {
    seen.push(current);
    if (current instanceof z.core.$ZodOptional || current instanceof z.core.$ZodNullable || current instanceof z.core.$ZodDefault || current instanceof z.core.$ZodPrefault) {
      current = current._zod.def.innerType;
      continue;
    }
    if (current instanceof z.core.$ZodPipe) {
      current = current._zod.def.out;
      continue;
    }
    if (index >= path.length) break;
    const key = path[index];
    if (current instanceof z.core.$ZodObject) {
      current = current._zod.def.shape[String(key)];
      index++;
      seen = [];
      continue;
    }
    if (current instanceof z.core.$ZodArray) {
      current = current._zod.def.element;
      if (typeof key === 'number') {
        index++;
        seen = [];
      }
      continue;
    }
    break;
  }
  return index >= path.length ? seen : [];
}

/** The field's own help text (`.describe()`), the same words the JSON Schema and the guide show. */
export function describeField(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  return schemasAt(schema, path)
    .map((layer) => z.globalRegistry.get(layer)?.description)
    .find(Boolean);
}

/**
 * A list item written as fields (a chain's link), as an editor types it: `- source: x`, then the
 * item's other required fields lined up under the first; none when the list's items are not groups.
 */
function itemShape(schema: Schema, listPath: readonly PropertyKey[], value: string): string | undefined {
  const object = objectAt(schema, [...listPath, 0]);
  if (!object) return undefined;
  const keys = Object.entries(object._zod.def.shape as Record<string, Schema>);
  const [first] = keys;
  if (!first) return undefined;
  const required = keys.slice(1).filter(([, field]) => !(field instanceof z.core.$ZodOptional || field instanceof z.core.$ZodDefault));
  const rest = required.length > 0 ? `, then ${required.map(([key]) => `\`${key}: …\``).join(', ')} on the next line${required.length > 1 ? 's' : ''}, lined up under \`${first[0]}\`` : '';
  return `\`- ${first[0]}: ${value.length > 40 ? `${value.slice(0, 40)}…` : value}\`${rest}`;
}

/** The object schema at a path, when the field there is a group of fields. */
function objectAt(schema: Schema, path: readonly PropertyKey[]): z.core.$ZodObject | undefined {
  const object = schemasAt(schema, path).find((layer) => layer instanceof z.core.$ZodObject);
  return object instanceof z.core.$ZodObject ? object : undefined;
}

/** The keys an object schema accepts at a path. */
function keysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  const object = objectAt(schema, path);
  return object ? Object.keys(object._zod.def.shape) : [];
}

/**
 * The nearest of `options` to `value`, when it is near enough to be a likely typo. Case aside: each
 * capital counts as a slip otherwise, so `KIND` was four edits from `kind` and got no suggestion
 * where `Status` (one edit) did.
 */
export function suggest(value: string, options: readonly string[]): string | undefined {
  if (options.length === 0 || value === '') return undefined;
  const lower = value.toLowerCase();
  const folded = options.map((option) => [option, option.toLowerCase()] as const);
  const best = closest(lower, folded.map(([, fold]) => fold));
  const limit = Math.max(2, Math.floor(best.length / 3));
  if (distance(lower, best) <= limit) return folded.find(([, fold]) => fold === best)?.[0];
  return folded.find(([, fold]) => fold.includes(lower) || lower.includes(fold))?.[0];
}

/** The first value of a group of fields, when it is text: what an editor wrote first. */
function firstValue(input: unknown): string | undefined {
  const first = input && typeof input === 'object' ? Object.values(input)[0] : undefined;
  return typeof first === 'string' ? first : undefined;
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return '`null`';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return input.trim() === '' ? 'empty text' : `the text \`${input.length > 40 ? `${input.slice(0, 40)}…` : input}\``;
  return `\`${String(input)}\``;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'a list (lines starting with `- `)',
  object: 'a group of indented fields',
  date: 'a date',
};

/** An issue raised by the project's own checks (`issue()` in schemas/common.ts), outside a zod parse. */
interface OwnIssue {
  code: 'custom';
  message: string;
  path?: PropertyKey[];
  params?: { fix?: string };
}

/**
 * One zod issue as an editor reads it. `guessId` names the record an editor likely meant by a
 * badly written id at a path (`Afghan Demand` for `afghan-demand`), where the caller knows the records.
 */
export function issueToProblem(
  issue: z.core.$ZodIssue | OwnIssue,
  ctx: { file: string; singular: string; schema: Schema; positions: Map<string, Position>; guessId?: (path: readonly PropertyKey[], value: string) => string | undefined },
): Problem {
  // A date written on one line (`published: 2025-10-28`) is read as its object form's `value`: named as written.
  const written = issue.path ?? [];
  const shorthand = written.at(-1) === 'value' && !ctx.positions.has(written.map(String).join('.')) && ctx.positions.has(written.slice(0, -1).map(String).join('.'));
  const path = shorthand ? written.slice(0, -1) : written;
  const field = formatPath(path);
  const help = describeField(ctx.schema, path) ?? `See the ${ctx.singular}'s fields in docs/editing-guide.md.`;
  const { line, column } = positionOf(ctx.positions, path);
  const at = { file: ctx.file, line, column, field };
  const input = (issue as { input?: unknown }).input;
  // An item of a list is named by its list: `events`, not `1`.
  const name = String(path.findLast((key) => typeof key !== 'number') ?? field);
  const owner = path.length > 1 ? `\`${formatPath(path.slice(0, -1))}\`` : `The ${ctx.singular}`;

  if (path.length === 0 && issue.code === 'invalid_type') {
    return {
      ...at,
      field: '(frontmatter)',
      message: `The frontmatter is ${describeValue(input)}, not a set of \`field: value\` lines.`,
      fix: `Write one field a line between the two \`---\` lines, like \`kind: report\`; \`npm run new -- ${ctx.singular}\` makes a correct file to start from.`,
    };
  }
  // A field that is not there at all, whatever the rule it would have had to meet.
  if (input === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') {
    return { ...at, message: `${owner} has no \`${name}\`, and it is required.`, fix: `Add \`${name}:\`. ${help}` };
  }
  if (input === null && issue.code !== 'custom') {
    return { ...at, message: `\`${name}\` has no value.`, fix: `Write the value after \`${name}: \`, or remove the line if the field is optional. ${help}` };
  }

  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const text = typeof input === 'string' ? input.trim() : undefined;
      let fix = help;
      const listPath = issue.expected === 'array' ? path : typeof path.at(-1) === 'number' ? path.slice(0, -1) : undefined;
      const shape = listPath && (text !== undefined || (issue.expected === 'array' && typeof input === 'object')) ? itemShape(ctx.schema, listPath, text ?? firstValue(input) ?? '…') : undefined;
      if (shape && issue.expected === 'array' && text === undefined) {
        // A link written as a group, without its dash.
        fix = `Each item of \`${name}\` starts with \`- \` before its first field, and its other fields line up under that field: ${shape}. ${help}`;
      } else if (shape && issue.expected === 'array') {
        fix = `Write \`${name}:\` on its own line and each item below it as fields after \`- \`: ${shape}. ${help}`;
      } else if (shape) {
        fix = `Write the item's fields after its \`- \`: ${shape}. ${help}`;
      } else if (issue.expected === 'array' && text !== undefined) {
        // `a, b` is two items, each written on a line of its own.
        const items = text.split(',').map((item) => `\`- ${item.trim().replace(/^-+\s*/, '')}\``).filter((item) => item !== '`- `');
        const lines = items.join(', then ');
        fix = text.startsWith('-')
          ? `Put a space after the \`-\` of each item, one item a line under \`${name}:\`: ${lines}. ${help}`
          : `Write \`${name}:\` on its own line and each item below it, indented, after \`- \`${items.length > 1 ? ', one a line' : ''}: ${lines}. ${help}`;
      } else if (issue.expected === 'object' && text !== undefined) {
        const inner = keysAt(ctx.schema, path)[0];
        fix = inner
          ? `Write \`${name}:\` on its own line and its fields below it, indented by two spaces, like \`${inner}: ${text.length > 40 ? `${text.slice(0, 40)}…` : text}\`. ${help}`
          : help;
      }
      return { ...at, message: `Expected ${expected} for \`${name}\`, found ${describeValue(input)}.`, fix };
    }
    case 'unrecognized_keys': {
      const known = keysAt(ctx.schema, path);
      const [first] = issue.keys;
      const key = first ?? '';
      const keyPos = positionOf(ctx.positions, [...path, key]);
      const guess = suggest(key, known);
      const keyField = formatPath([...path, key]);
      return {
        file: ctx.file,
        line: keyPos.line,
        column: keyPos.column,
        field: keyField,
        message: `\`${key}\` is not a field of ${path.length ? `\`${field}\`` : aNoun(ctx.singular)}${issue.keys.length > 1 ? ` (nor ${issue.keys.slice(1).map((k) => `\`${k}\``).join(', ')})` : ''}.`,
        fix: guess ? `Did you mean \`${guess}\`? Rename it.` : `Remove it, or use one of: ${known.map((k) => `\`${k}\``).join(', ')}.`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof input === 'string' ? suggest(input, options) : undefined;
      return {
        ...at,
        message: `${describeValue(input)[0]?.toUpperCase()}${describeValue(input).slice(1)} is not a valid \`${name}\`.`,
        fix: `${guess ? `Did you mean \`${guess}\`? ` : ''}Use one of: ${options.map((o) => `\`${o}\``).join(', ')}.`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { ...at, message: `\`${name}\` is empty.`, fix: `Write it, or remove the field if it is optional. ${help}` };
      if (issue.origin === 'array') return { ...at, message: `\`${name}\` needs at least ${String(issue.minimum)} item(s).`, fix: help };
      return { ...at, message: `\`${name}\` is too small.`, fix: help };
    }
    case 'invalid_format': {
      // `- a` then `    - b` indented further: YAML joins the second line to the first item's text.
      const joined = issue.format === 'regex' && issue.pattern === String(ID_PATTERN) && typeof input === 'string' ? /^([a-z0-9-]+)((?:\s+-\s+[a-z0-9-]+)+)$/.exec(input) : null;
      if (joined && typeof path.at(-1) === 'number') {
        const items = [joined[1], ...(joined[2] ?? '').split(/\s+-\s+/).filter(Boolean)];
        return {
          ...at,
          message: `The items ${items.map((item) => `\`${item}\``).join(', ')} of \`${name}\` are read as one, \`${input}\`: the \`- \` of the line${items.length > 2 ? 's' : ''} below is indented further than the one above, so YAML joins ${items.length > 2 ? 'them' : 'it'} to this item.`,
          fix: `Start every \`- \` of the list in the same column, one item a line: ${items.map((item) => `\`- ${item}\``).join(', ')}.`,
        };
      }
      if (issue.format === 'regex' && issue.pattern === String(ID_PATTERN) && typeof input === 'string') {
        const guess = ctx.guessId?.(path, input);
        // An item of a list of ids is helped by what the list is for, not by what an id is: the message says that.
        const what = describeField(ctx.schema, path.slice(0, path.findLastIndex((key) => typeof key !== 'number') + 1)) ?? help;
        return {
          ...at,
          message: `${describeValue(input)[0]?.toUpperCase()}${describeValue(input).slice(1)} in \`${name}\` is not an id: an id is lower-case letters, digits and hyphens, with no spaces or capitals.`,
          fix: `${guess ? `Did you mean \`${guess}\`? ` : ''}${what}`,
        };
      }
      return { ...at, message: `${describeValue(input)[0]?.toUpperCase()}${describeValue(input).slice(1)} is not in the form \`${name}\` needs.`, fix: help };
    }
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix ?? help;
      return { ...at, message: issue.message, fix };
    }
    default:
      return { ...at, message: `\`${name}\` is not valid: ${issue.message}.`, fix: help };
  }
}
