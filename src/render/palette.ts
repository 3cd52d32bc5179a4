/**
 * The site's colours for pictures that cannot read the page's stylesheet: the attribution map
 * (`map.svg`) and the share cards (PNG). The names and values are those of the custom properties in
 * src/styles/site.css, light and dark; a test holds the two equal, so a colour changed there is
 * changed here.
 */
export const PALETTE = {
  light: {
    bg: '#fbfaf7',
    surface: '#ffffff',
    ink: '#1c1b19',
    muted: '#5b5750',
    line: '#d9d4ca',
    accent: '#8a3b12',
    'claim-bg': '#fff1c2',
    'claim-line': '#b58100',
    'quote-bg': '#e4eefc',
    'quote-line': '#2f62b5',
  },
  dark: {
    bg: '#161513',
    surface: '#1f1e1b',
    ink: '#ece8df',
    muted: '#b3ac9f',
    line: '#3d3a34',
    accent: '#f0a27a',
    'claim-bg': '#4a3b0c',
    'claim-line': '#e0b341',
    'quote-bg': '#1d3357',
    'quote-line': '#8fb4ff',
  },
} as const;

export type ColourName = keyof typeof PALETTE.light;

/** The palette as CSS custom properties (`--ink:#1c1b19;…`), for an SVG that styles itself. */
export function cssVariables(scheme: keyof typeof PALETTE, names: readonly ColourName[] = Object.keys(PALETTE.light) as ColourName[]): string {
  return names.map((name) => `--${name}:${PALETTE[scheme][name]}`).join(';');
}
