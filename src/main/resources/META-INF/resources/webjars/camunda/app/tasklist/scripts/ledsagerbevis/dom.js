// Builds DOM nodes from data with textContent only: nothing from the API is ever parsed as HTML.

export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

export function replaceContent(node, ...children) {
  node.textContent = '';
  children.flat().forEach((child) => child && node.append(child));
}

export function tidspunkt(iso) {
  return iso ? new Date(iso).toLocaleString('nb-NO', { dateStyle: 'short', timeStyle: 'short' }) : '';
}

export function dato(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = iso.split('-');
  return day + '.' + month + '.' + year;
}
