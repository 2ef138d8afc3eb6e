/** Reads the URL's configuration and mounts one timeline on the page. */
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { parseConfig } from './lib/url/config';

performance.mark('timeline:start');
const config = parseConfig(location.search, navigator.languages);
const root = document.documentElement;
root.dataset.state = 'loading';
root.dataset.theme = config.theme;
root.lang = config.lang;

const target = document.getElementById('app');
if (target) mount(App, { target, props: { config } });
