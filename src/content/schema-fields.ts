import { z } from 'astro/zod';
import { ID_PATTERN, TEXT_LIMITS } from './schemas/common.ts';

type Schema = z.core.$ZodType;

/** What a field holds, read off its schema: the editing guide's "Value" column and the scaffold's flags both come from it. */
export type ValueShape =
  | { type: 'text' | 'id' | 'date' | 'boolean' | 'number' | 'other'; name: string; maxCharacters?: number }
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

/** The schema inside an optional, nullable or default layer, or a preprocessed one's result; undefined for any other. */
function innerOf(schema: Schema): Schema | undefined {
  if (schema instanceof z.core.$ZodOptional || schema instanceof z.core.$ZodNullable || schema instanceof z.core.$ZodDefault) return schema._zod.def.innerType;
  if (schema instanceof z.core.$ZodPipe) return schema._zod.def.out;
  return undefined;
}

/** The field's own help: the first description found from the outside in. */
function helpOf(schema: Schema): string {
  for (let current: Schema | undefined = schema; current; current = innerOf(current)) {
    const text = z.globalRegistry.get(current)?.description;
    if (text) return text;
  }
  return '';
}

function needOf(schema: Schema): Pick<FieldInfo, 'need' | 'fallback'> {
  if (schema instanceof z.core.$ZodOptional) return { need: 'optional' };
  if (schema instanceof z.core.$ZodNullable) return { need: 'nullable' };
  if (schema instanceof z.core.$ZodDefault) return { need: 'default', fallback: schema._zod.def.defaultValue };
  // A preprocessed field (a date) is needed unless it is wrapped in `.optional()`, handled above.
  return { need: 'required' };
}

/** What kind of value a schema takes, through its optional, default and preprocessing layers. */
export function shapeOf(schema: Schema): ValueShape {
  // Dates are the one preprocessed group: a short form or an object.
  if (schema instanceof z.core.$ZodPipe && schema._zod.def.out instanceof z.core.$ZodObject) return { type: 'date', name: 'date' };
  const inner = innerOf(schema);
  if (inner) return shapeOf(inner);
  if (schema instanceof z.core.$ZodEnum) return { type: 'enum', options: Object.values(schema._zod.def.entries).map(String) };
  if (schema instanceof z.core.$ZodArray) return { type: 'list', element: shapeOf(schema._zod.def.element) };
  if (schema instanceof z.core.$ZodObject) return { type: 'group', fields: fieldsOf(schema) };
  if (schema instanceof z.core.$ZodBoolean) return { type: 'boolean', name: 'boolean' };
  if (schema instanceof z.core.$ZodNumber) return { type: 'number', name: 'number' };
  if (schema instanceof z.core.$ZodString) {
    const isId = (schema._zod.def.checks ?? []).some((check) => check instanceof z.core.$ZodCheckRegex && String(check._zod.def.pattern) === String(ID_PATTERN));
    const limit = TEXT_LIMITS.get(schema)?.maxCharacters;
    return { type: isId ? 'id' : 'text', name: 'string', ...(limit === undefined ? {} : { maxCharacters: limit }) };
  }
  return { type: 'other', name: schema._zod.def.type };
}

/** The fields of an object schema, in the order the schema lists them. */
export function fieldsOf(schema: Schema): FieldInfo[] {
  if (!(schema instanceof z.core.$ZodObject)) return [];
  return Object.entries(schema._zod.def.shape).map(([key, field]) => ({ key, schema: field, help: helpOf(field), ...needOf(field), value: shapeOf(field) }));
}
