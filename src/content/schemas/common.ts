import { z } from 'astro/zod';

/**
 * Issues raised by our own checks carry the editor's fix beside the message, so the error map can
 * print "what is wrong" and "how to fix it" as two parts.
 */
export function issue(message: string, fix: string, path?: PropertyKey[]) {
  return { code: 'custom' as const, message, params: { fix }, ...(path ? { path } : {}) };
}

/** Lower-case words joined by hyphens: the file name of a record, and how other records refer to it. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN)
  .describe('An id: the file name of a record without `.md`, in lower-case words joined by hyphens, like `khawaja-asif`.');

/** Free text that must say something. */
export const TextSchema = z.string().trim().min(1);

/** An http or https address. Any other scheme (`javascript:`, `data:`, `file:`) is refused. */
export const SafeUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue(issue(`\`${value}\` is not a web address.`, 'Write a full address that starts with `https://`.'));
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue(
      issue(
        `\`${url.protocol}\` addresses are not allowed: only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.`,
        'Link to the web page itself, with an address that starts with `https://`.',
      ),
    );
  }
});

/** A BCP 47 language tag such as `en`, `fa` or `ps-AF`. */
export const LangSchema = z.string().superRefine((value, ctx) => {
  try {
    if (Intl.getCanonicalLocales(value).length === 1) return;
  } catch {
    // reported below
  }
  ctx.addIssue(issue(`\`${value}\` is not a language tag.`, 'Use a BCP 47 tag such as `en`, `fa`, `ps` or `ar`.'));
});

export type Id = z.infer<typeof IdSchema>;
