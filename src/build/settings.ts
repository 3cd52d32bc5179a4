/**
 * The two settings a deployment gives the build through the environment, checked before Astro sees
 * them: a wrong value would otherwise build a site whose links all point to the wrong place, or
 * stop with a message that does not name the variable.
 */

/** A setting that cannot be used: the message names the variable, its value and the fix. */
export class SettingError extends Error {
  override name = 'SettingError';
}

const DEFAULT_SITE_URL = 'https://claimline.example.org';

/** A folder name in a URL path: letters, digits and `-._~`, as RFC 3986 leaves them unescaped. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * `BASE_PATH`, the path the site is served under: `/analysis/`. Written without its slashes
 * (`analysis`, `/analysis`, `analysis/`) it means the same and is normalised; anything that is not
 * a plain path of folder names is refused.
 */
export function basePath(value: string | undefined): string {
  const raw = (value ?? '').trim();
  const segments = raw.split('/').filter((segment) => segment !== '');
  const bad = segments.find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined || raw.includes('\\')) {
    throw new SettingError(
      `BASE_PATH is \`${raw}\`, which is not a path the site can be served under: ${
        bad === '.' || bad === '..' ? `\`${bad}\` would point out of the site` : `\`${bad ?? '\\'}\` is not a plain folder name`
      }. Set BASE_PATH to the folders the site is served from, like \`BASE_PATH=/analysis/\`, or leave it unset to serve the site from the root.`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** `SITE_URL`, the absolute address of the site's root (`https://example.org`), which feeds, cards and the sitemap use. */
export function siteUrl(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (raw === '') return DEFAULT_SITE_URL;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // Reported below.
  }
  const problem = !url
    ? 'it is not an absolute address'
    : url.protocol !== 'https:' && url.protocol !== 'http:'
      ? `\`${url.protocol}\` is not a web address`
      : url.username || url.password
        ? 'it holds a user name or password, which would be published in every page'
        : url.search || url.hash
          ? 'it has a `?` or `#` part, which no page address can carry'
          : undefined;
  if (problem) {
    throw new SettingError(
      `SITE_URL is \`${raw}\`, which cannot be the site's address: ${problem}. Set SITE_URL to the address the site is published at, starting with \`https://\`, like \`SITE_URL=https://analysis.example.org\` (a sub-path goes in BASE_PATH).`,
    );
  }
  return raw;
}
