// Footnote popovers: a marker (<button data-footnote>) opens the footnote's text and its parsed
// citation next to it, without leaving the page. Escape, the close button or a second press
// closes it and returns focus to the marker. Fetched once per footnote and script.
import { h, replace, announce } from './dom.js';
import { api } from './api.js';
import { footnoteHref } from './route.js';
import { documentLang } from './labels.js';

const cache = new Map();
let open = null; // { button, popover }

function fetchFootnote(doc, number, script) {
  const key = `${doc}/${number}/${script || ''}`;
  if (!cache.has(key)) {
    const request = api.footnote(doc, number, script);
    request.catch(() => cache.delete(key));
    cache.set(key, request);
  }
  return cache.get(key);
}

/** Installs the handlers on `root` (the main landmark); `currentScript()` gives ?script=. */
export function installFootnotes(root, currentScript) {
  root.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-footnote]');
    if (button && root.contains(button)) {
      event.preventDefault();
      if (open?.button === button) close(true);
      else show(button, currentScript());
      return;
    }
    if (open && !open.popover.contains(event.target)) close(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  });
}

/** Closes the open popover (views call this before they re-render). */
export function closeFootnote() { close(false); }

function close(returnFocus) {
  if (!open) return;
  const { button, popover } = open;
  open = null;
  popover.remove();
  button.setAttribute('aria-expanded', 'false');
  if (returnFocus) button.focus();
}

async function show(button, script) {
  close(false);
  const doc = button.dataset.document;
  const number = button.dataset.footnote;
  const titleId = `footnote-title-${doc}-${number}`;
  const body = h('span', { class: 'footnote-body' }, h('span', { role: 'status' }, 'Loading…'));
  const closeButton = h('button', { type: 'button', class: 'footnote-close', 'aria-label': `Close footnote ${number}` }, '×');
  const popover = h('span', { class: 'footnote-popover', role: 'dialog', 'aria-labelledby': titleId, tabindex: '-1', lang: 'en' },
    h('strong', { class: 'footnote-title', id: titleId }, `Footnote ${number}`), closeButton, body);
  closeButton.addEventListener('click', (event) => { event.stopPropagation(); close(true); });
  button.closest('.footnote-ref').after(popover);
  button.setAttribute('aria-expanded', 'true');
  button.setAttribute('aria-controls', popover.id = `footnote-popover-${doc}-${number}`);
  open = { button, popover };
  popover.focus({ preventScroll: true });
  popover.scrollIntoView({ block: 'nearest' });
  try {
    const footnote = await fetchFootnote(doc, number, script);
    if (open?.popover !== popover) return;
    replace(body,
      h('span', { class: 'footnote-text', lang: documentLang(doc, script) }, footnote.text),
      citationDetails(footnote.citation),
      h('a', { class: 'footnote-page', href: footnoteHref(doc, footnote.number) }, 'Footnote page and every place it is cited'));
    announce(`Footnote ${number}: ${footnote.text}`);
  } catch (error) {
    if (open?.popover === popover) replace(body, h('span', { role: 'alert' }, `Could not load footnote ${number}: ${error.message}`));
  }
}

/** The parsed citation of a footnote: its English rendering and the recognised parts. */
export function citationDetails(citation) {
  if (!citation) return null;
  const parts = [];
  for (const [key, value] of Object.entries(citation)) {
    if (['english', 'chinese', 'kind', 'ibid'].includes(key) || value === null || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    parts.push(`${key}: ${flatten(value)}`);
  }
  return h('span', { class: 'footnote-citation' },
    h('span', { class: 'citation-kind' }, `Citation (${citation.kind || 'text'}${citation.ibid ? ', ibid.' : ''})`),
    citation.english ? h('span', { class: 'citation-english', lang: 'en' }, citation.english) : null,
    parts.length ? h('span', { class: 'citation-parts' }, parts.join(' · ')) : null);
}

function flatten(value) {
  if (Array.isArray(value)) return value.map(flatten).join(', ');
  if (value && typeof value === 'object') {
    return Object.entries(value).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${k} ${flatten(v)}`).join(', ');
  }
  return String(value);
}
