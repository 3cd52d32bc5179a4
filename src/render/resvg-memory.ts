/**
 * How long resvg's allocator keeps memory it has freed. resvg-js allocates with mimalloc, which by
 * default hands freed memory back to the system after 10 ms. Every card asks for a new picture of
 * 1200 × 630 × 4 bytes and a copy of its pixels, so each card's 6 MB came back from the system
 * fresh, and every page of it cost a fault on first touch: on the virtual machines that build the
 * site, a third of a card's time (docs/performance.md). Kept a second, the memory of one card is
 * the next card's.
 *
 * mimalloc reads its options from the environment when it starts, so this module is imported before
 * `@resvg/resvg-js` (src/render/cards.ts). A value set in the environment by hand wins.
 * @see https://microsoft.github.io/mimalloc/environment.html
 */
process.env.MIMALLOC_PURGE_DELAY ??= '1000';
