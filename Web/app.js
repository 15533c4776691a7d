// The reader's entry point: turns the URL into a view, keeps in-reader navigation in the page
// (history.pushState; Back and Forward re-render from the URL) and wires the header controls.
import { replace, h, announce } from './dom.js';
import { ApiError } from './api.js';
import { READER, parseLocation, withScript, searchHref } from './route.js';
import { installFootnotes, closeFootnote } from './footnotes.js';
import { renderHome } from './views/home.js';
import { renderDocument } from './views/document.js';
import { renderUnit } from './views/unit.js';
import { renderSearch } from './views/search.js';
import { renderFootnote } from './views/footnote.js';
import { renderNotFound } from './views/notfound.js';
import { errorView } from './views/common.js';

const main = document.getElementById('main');
const toggle = document.querySelector('[data-script-toggle]');
const headerSearch = document.querySelector('.site-header form[role="search"]');
let generation = 0;
let firstRender = true;

const views = { home: renderHome, document: renderDocument, unit: renderUnit, search: renderSearch, footnote: renderFootnote };

/** Renders the view the current URL names; a newer navigation wins over a slower older one. */
async function render() {
  const mine = ++generation;
  const state = parseLocation(window.location);
  closeFootnote();
  updateToggle(state);
  if (headerSearch) headerSearch.elements.q.value = state.view === 'search' ? state.q : '';
  main.setAttribute('aria-busy', 'true');
  let result;
  try {
    const view = views[state.view];
    result = view ? await view(state, navigate) : await renderNotFound(state, null);
  } catch (error) {
    if (mine !== generation) return;
    try {
      result = error instanceof ApiError && error.status === 404 ? await renderNotFound(state, error.problem)
        : { title: 'Error — RightsAPI Reader', content: errorView(error) };
    } catch (inner) {
      result = { title: 'Error — RightsAPI Reader', content: errorView(inner) };
    }
  }
  if (mine !== generation) return;
  replace(main, result.content);
  main.removeAttribute('aria-busy');
  performance.mark('reader:rendered'); // read by scripts/browser/reader_perf.py
  document.title = result.title;
  if (!firstRender) {
    const heading = main.querySelector('h1');
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
    else window.scrollTo(0, 0);
    if (heading) heading.focus({ preventScroll: Boolean(window.location.hash) });
    announce(result.title);
  } else if (window.location.hash) {
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }
  firstRender = false;
  document.documentElement.dataset.view = state.view;
  document.documentElement.dataset.ready = String(mine);
}

/** Goes to an in-reader href, carrying the current script choice. */
function navigate(href, { replaceEntry = false } = {}) {
  const script = parseLocation(window.location).script;
  const url = new URL(href, window.location.origin);
  const target = url.searchParams.has('script') ? url.pathname + url.search + url.hash : withScript(url.pathname + url.search + url.hash, script);
  if (replaceEntry) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  render();
}

function isReaderLink(anchor) {
  if (!anchor || anchor.target || anchor.hasAttribute('download')) return false;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin && url.pathname.startsWith(`${READER}/`) && !url.pathname.startsWith(`${READER}/assets/`);
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target.closest('a[href]');
  if (!isReaderLink(anchor)) return;
  const url = new URL(anchor.href, window.location.href);
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return; // in-page fragment
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form.getAttribute('role') !== 'search') return;
  event.preventDefault();
  const q = (form.elements.q?.value || '').trim();
  if (!q) { form.elements.q?.focus(); return; }
  navigate(searchHref(q, { document: form.elements.document?.value || '' }));
});

window.addEventListener('popstate', render);

/** The script the page shows now: ?script=, else the document's own (the resolution is 简, the Covenant 繁). */
function effectiveScript(state) {
  if (state.script) return state.script;
  if (state.doc === 'iccpr') return 'hant';
  return 'hans';
}

function updateToggle(state) {
  if (!toggle) return;
  const current = effectiveScript(state);
  const target = current === 'hans' ? 'hant' : 'hans';
  replace(toggle,
    h('span', { class: current === 'hans' ? 'script-current' : 'script-other', lang: 'zh-Hans', 'aria-hidden': 'true' }, '简'),
    h('span', { 'aria-hidden': 'true' }, ' / '),
    h('span', { class: current === 'hant' ? 'script-current' : 'script-other', lang: 'zh-Hant', 'aria-hidden': 'true' }, '繁'),
    h('span', { class: 'visually-hidden' }, target === 'hant' ? 'Show Traditional characters' : 'Show Simplified characters'));
  toggle.dataset.target = target;
  toggle.title = target === 'hant' ? 'Show the texts in Traditional characters (繁體)' : 'Show the texts in Simplified characters (简体)';
}

toggle?.addEventListener('click', () => {
  const url = new URL(window.location.href);
  url.searchParams.set('script', toggle.dataset.target || 'hant');
  window.history.pushState(null, '', url.pathname + url.search + url.hash);
  render();
});

installFootnotes(main, () => parseLocation(window.location).script);
render();
