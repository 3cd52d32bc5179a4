import type { z } from 'astro/zod';
import { ID_PATTERN } from './schemas/common.ts';

type Schema = z.core.$ZodType;

/** What a field holds, read off its schema: the editing guide's "Value" column and the scaffold's flags both come from it. */
export type ValueShape =
  | { type: 'text' | 'id' | 'date' | 'boolean' | 'number' | 'other'; name: string }
  | { type: 'enum'; options: string[] }
  | { type: 'group'; fields: FieldInfo[] }
  | { type: 'list'; element: ValueShape };

/** One field of an object schema, as an editor needs to know it. */
export interface FieldInfo {
  key: string;
  /** The field's schema as written, wrappers included: what a value for it is checked with. */
  schema: Schema;
  /** Its `.describe()` text (the outermost one), or its type's. */
  help: string;
  /** How much it is needed: `required`, `nullable` (required, but `null` is allowed), `default`, or `optional`. */
  need: 'required' | 'nullable' | 'default' | 'optional';
  /** The value it takes when left out, for a field with a default. */
  fallback?: unknown;
  value: ValueShape;
}

/** A schema's definition, read as plain data: zod's own definition types are a union not indexable by name. */
function def(schema: Schema): { type: string; [key: string]: unknown } {
  return schema._zod.def as unknown as { type: string; [key: string]: unknown };
}

function inner(schema: Schema, key: 'innerType' | 'in' | 'out' | 'element'): Schema {
  return def(schema)[key] as Schema;
}

function describe(schema: Schema): string | undefined {
  return (schema as { description?: string }).description;
}

/** The field's own help: the first description found from the outside in. */
function helpOf(schema: Schema): string {
  let current: Schema | undefined = schema;
  while (current) {
    const text = describe(current);
    if (text) return text;
    const d = def(current);
    current = (d['innerType'] ?? d['out']) as Schema | undefined;
  }
  return '';
}

function needOf(schema: Schema): Pick<FieldInfo, 'need' | 'fallback'> {
  const d = def(schema);
  if (d.type === 'optional') return { need: 'optional' };
  if (d.type === 'nullable') return { need: 'nullable' };
  if (d.type === 'default') {
    const value = d['defaultValue'];
    return { need: 'default', fallback: typeof value === 'function' ? (value as () => unknown)() : value };
  }
  // A preprocessed field (a date) is needed unless it is wrapped in `.optional()`, handled above.
  return { need: 'required' };
}

/** What kind of value a schema takes, through its optional, default and preprocessing layers. */
export function shapeOf(schema: Schema): ValueShape {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return shapeOf(inner(schema, 'innerType'));
    case 'pipe': {
      const out = inner(schema, 'out');
      // Dates are the one preprocessed group: a short form or an object.
      return def(out).type === 'object' ? { type: 'date', name: 'date' } : shapeOf(out);
    }
    case 'enum':
      return { type: 'enum', options: Object.values(d['entries'] as Record<string, string>) };
    case 'array':
      return { type: 'list', element: shapeOf(inner(schema, 'element')) };
    case 'object':
      return { type: 'group', fields: fieldsOf(schema) };
    case 'boolean':
    case 'number':
      return { type: d.type, name: d.type };
    case 'string': {
      const checks = (d['checks'] as { _zod: { def: { format?: string; pattern?: RegExp } } }[] | undefined) ?? [];
      const isId = checks.some((c) => c._zod.def.format === 'regex' && String(c._zod.def.pattern) === String(ID_PATTERN));
      return { type: isId ? 'id' : 'text', name: 'string' };
    }
    default:
      return { type: 'other', name: d.type };
  }
}

/** The fields of an object schema, in the order the schema lists them. */
export function fieldsOf(schema: Schema): FieldInfo[] {
  const shape = def(schema)['shape'] as Record<string, Schema> | undefined;
  return Object.entries(shape ?? {}).map(([key, field]) => ({ key, schema: field, help: helpOf(field), ...needOf(field), value: shapeOf(field) }));
}
