// Imports every Camunda Form with form-js 1.8.7 (the version Tasklist 7.24 renders) in jsdom, and checks
// that each camunda:formRef in processes/ names a form that exists. Exits non-zero on any problem.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
Object.defineProperty(globalThis, 'window', { value: dom.window, configurable: true, writable: true });
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis)) {
    Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
  }
}
process.on('uncaughtException', e => {
  console.error(`FAIL rendering: ${e.message}`);
  process.exit(1);
});
// The CommonJS build: the ES build imports lodash paths without extensions, which Node's ESM loader refuses.
const { Form } = createRequire(import.meta.url)('@bpmn-io/form-js-viewer');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check-forms.mjs forms/*.form');
  process.exit(2);
}

let problems = 0;
const formIds = new Map();
for (const file of files) {
  try {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    if (!schema.id) throw new Error('the form has no "id" (camunda:formRef matches it)');
    if (formIds.has(schema.id)) throw new Error(`id "${schema.id}" is also used by ${formIds.get(schema.id)}`);
    formIds.set(schema.id, basename(file));
    const container = document.createElement('div');
    document.body.appendChild(container);
    const form = new Form({ container });
    const { warnings } = await form.importSchema(schema, {});
    if (warnings.length > 0) throw new Error(warnings.map(w => w.message || String(w)).join('; '));
    form.destroy();
    console.log(`ok   ${basename(file)} (${schema.id})`);
  } catch (e) {
    problems++;
    console.error(`FAIL ${basename(file)}: ${e.message}`);
  }
}

const processDir = join(dirname(files[0]), '..', 'processes');
for (const bpmn of readdirSync(processDir).filter(f => f.endsWith('.bpmn'))) {
  const xml = readFileSync(join(processDir, bpmn), 'utf8');
  for (const [, ref] of xml.matchAll(/camunda:formRef="([^"]+)"/g)) {
    if (!formIds.has(ref)) {
      problems++;
      console.error(`FAIL ${bpmn}: camunda:formRef="${ref}" names no form in forms/`);
    }
  }
}

if (problems > 0) {
  console.error(`${problems} form problem(s)`);
  process.exit(1);
}
console.log(`${files.length} form(s) ok`);
