// The deck: reveal.js as a presenter would set it up, with the timeline's plugin.
import Reveal from '/reveal/reveal.mjs';
import { RevealTimeline } from '/embed.js';

const params = new URLSearchParams(location.search);
const app = params.get('app');
const frame = document.querySelector('iframe[data-timeline]');
const src = new URL('/', app);
src.searchParams.set('embed', '1');
src.searchParams.set('present', '1');
src.searchParams.set('parentOrigin', location.origin);
for (const [key, value] of params) if (key !== 'app') src.searchParams.set(key, value);
frame.setAttribute('data-src', src.href);

const deck = new Reveal({ hash: true, transition: 'none', plugins: [RevealTimeline()] });
await deck.initialize();
window.deck = deck;
