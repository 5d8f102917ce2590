// Choosing a photo with a Norwegian button: the browser's own file button speaks the browser's language.
import { el } from './dom.js';

const NONE = 'Ingen fil valgt';

/** @returns {{input: HTMLInputElement, node: Element}} the file input and what to show in its place */
export function photoPicker(id) {
  const input = el('input', { type: 'file', id, accept: 'image/jpeg,image/png', class: 'lb-fil-skjult' });
  const chosen = el('span', { class: 'lb-fil-valgt' }, NONE);
  input.addEventListener('change', () => {
    chosen.textContent = input.files && input.files[0] ? input.files[0].name : NONE;
  });
  const button = el('label', { for: id, class: 'btn btn-default btn-sm lb-velg-fil' }, 'Velg bilde …');
  return { input, node: el('span', { class: 'lb-bildevalg' }, input, button, ' ', chosen) };
}
