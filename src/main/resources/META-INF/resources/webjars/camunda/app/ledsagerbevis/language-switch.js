import {chooseLanguage, chosenLanguage, ENGLISH, NORWEGIAN} from './language.js';

// Adds «English» (or «Norsk» when English is chosen) to the user menu in the header of every webapp. The header
// has no plugin point of its own, and AngularJS re-creates the menu on log-in, so the entry is added whenever a
// menu without it appears.
const ENTRY_CLASS = 'ledsagerbevis-language';

function languageEntry() {
  const other = chosenLanguage() === ENGLISH ? NORWEGIAN : ENGLISH;
  const item = document.createElement('li');
  item.className = ENTRY_CLASS;
  const link = document.createElement('a');
  link.href = '';
  link.lang = other;
  link.textContent = other === ENGLISH ? 'English' : 'Norsk';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    chooseLanguage(other);
  });
  item.appendChild(link);
  return item;
}

function divider() {
  const item = document.createElement('li');
  item.className = 'divider ' + ENTRY_CLASS + '-divider';
  return item;
}

function addToUserMenu() {
  document.querySelectorAll('li.account.dropdown > ul.dropdown-menu').forEach((menu) => {
    if (!menu.querySelector('.' + ENTRY_CLASS)) {
      const logout = menu.querySelector('li.logout');
      menu.insertBefore(languageEntry(), logout);
      menu.insertBefore(divider(), logout);
    }
  });
}

new MutationObserver(addToUserMenu).observe(document.body, {childList: true, subtree: true});
addToUserMenu();
