/** Entry: reads the page's options (`?evse=N`, `?dev=1`, `?lang=de`) and renders the HMI. */
import { render } from 'preact';
import { App } from './app.js';
import { isLang, pickLang } from './i18n.js';
import './styles.css';

const q = new URLSearchParams(location.search);
const evse = Number.parseInt(q.get('evse') ?? '1', 10);
const lang = q.get('lang');

render(
  <App evse={Number.isInteger(evse) && evse > 0 ? evse : 1} dev={q.get('dev') === '1'} initialLang={isLang(lang) ? lang : pickLang(navigator.languages)} />,
  document.getElementById('app')!,
);
