/** The site's name and its one-line promise, used in titles, feeds and the header. */
export const SITE_NAME = 'Claimline';
export const SITE_TAGLINE = 'News articles taken apart: what is claimed, kept apart from who claims it.';
