/** Reads the URL's configuration and mounts one timeline on the page. */
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { parseConfig } from './lib/url/config';
import { loadStrings } from './lib/i18n/loadStrings';

performance.mark('timeline:start');
const config = parseConfig(location.search, navigator.languages);
const root = document.documentElement;
root.dataset.state = 'loading';
root.dataset.theme = config.theme;
root.lang = config.lang;

// The page's own language's words: English is here already, Japanese is fetched. Not
// awaited at the top level: the fetched words import from this very chunk, which must
// have run to its end first.
const target = document.getElementById('app');
void loadStrings(config.lang).then((strings) => {
  if (target) mount(App, { target, props: { config, strings } });
});
