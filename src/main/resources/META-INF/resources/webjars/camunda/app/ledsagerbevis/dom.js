// Builds DOM nodes from data without innerHTML, so that names typed by users are always text, never markup.
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.substring(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child !== undefined && child !== null && child !== false) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  });
  return node;
}

/** Adds one of our style sheets (under app/ledsagerbevis/) to the page once; the CSP allows our own origin. */
export function useStylesheet(name) {
  const href = document.querySelector('base').getAttribute('app-root') + '/app/ledsagerbevis/' + name;
  if (!document.querySelector('link[href="' + href + '"]')) {
    document.head.appendChild(el('link', {rel: 'stylesheet', type: 'text/css', href}));
  }
}

/** Replaces what a node shows with the given nodes and texts. */
export function replaceContent(node, ...children) {
  node.textContent = '';
  children.flat().forEach((child) => child && node.append(child));
}
