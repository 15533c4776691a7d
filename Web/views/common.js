// Pieces several views share: the citation box, the copy button, page headings.
import { h, announce } from '../dom.js';
import { api } from '../api.js';
import { readerHrefForAPI } from '../route.js';

/** A page heading that receives focus after a navigation (so screen readers announce the view). */
export function pageHeading(...content) {
  return h('h1', { tabindex: '-1', class: 'page-heading' }, ...content);
}

/** "Go to a citation": resolves pasted text through /v1/resolve and navigates to the unit. */
export function citationBox(navigate) {
  const input = h('input', { type: 'text', name: 'cite', id: 'cite-input', 'aria-label': 'Citation', maxlength: '256',
    placeholder: 'ICCPR art. 14(3)(g) · 公民权利和政治权利国际公约第七条 · A/RES/62/148 OP 7', 'aria-describedby': 'cite-help' });
  const message = h('p', { class: 'cite-message', id: 'cite-message', role: 'alert' });
  const form = h('form', { class: 'cite-box', 'aria-labelledby': 'cite-heading' },
    h('h2', { id: 'cite-heading' }, 'Go to a citation'),
    h('p', { id: 'cite-help', class: 'hint' }, 'Paste a citation in English or Chinese (either script) and open the unit it names.'),
    h('div', { class: 'inline-form' },
      input,
      h('button', { type: 'submit' }, 'Open')),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const cite = input.value.trim();
    if (!cite) { message.textContent = 'Type or paste a citation first.'; return; }
    message.textContent = '';
    try {
      const resolved = await api.resolve(cite);
      navigate(readerHrefForAPI(resolved.url, resolved.document, resolved.eId));
    } catch (error) {
      message.textContent = error.problem?.detail ? `Not found: ${error.problem.detail}` : `Could not resolve: ${error.message}`;
    }
  });
  return form;
}

/** A button that copies `text` and says so. */
export function copyButton(text, label) {
  const button = h('button', { type: 'button', class: 'copy-button', 'aria-label': `Copy ${label}` }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
      announce(`${label} copied`);
    } catch {
      // No clipboard permission: select the text so the person can copy it by hand.
      const range = document.createRange();
      range.selectNodeContents(button.previousElementSibling);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = 'Selected';
      announce(`${label} selected; press Control+C to copy`);
    }
    setTimeout(() => { button.textContent = 'Copy'; }, 2000);
  });
  return button;
}

/** A short error view for failures other than "not found". */
export function errorView(error) {
  return [pageHeading('Something went wrong'),
    h('p', { role: 'alert' }, error?.problem?.detail || error?.message || 'The server did not answer.'),
    h('p', {}, h('a', { href: '/reader/' }, 'Back to both texts'))];
}
