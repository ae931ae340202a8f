import seed from '../../cambodia-scam-economy/dossier.json';
import { readJson, type Shown, showDossier } from './show-dossier';
import './style.css';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
}

const status = element('status');
const issues = element('issues');
const issueList = element('issue-list');
const chart = element('chart');
const findings = element('findings');
const findingList = element('finding-list');
const brief = element('brief');

/** A list item whose parts are text nodes: untrusted words never become markup. */
function item(parts: readonly [className: string, text: string][]): HTMLLIElement {
  const li = document.createElement('li');
  for (const [className, text] of parts) {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    li.append(span);
  }
  return li;
}

function show(shown: Shown, name: string): void {
  issueList.replaceChildren();
  findingList.replaceChildren();
  if (shown.kind === 'invalid') {
    status.textContent = `${name}: ${shown.issues.length} problem(s) found.`;
    issueList.append(
      ...shown.issues.map((issue) =>
        item([
          ['path', issue.path || '(document)'],
          ['message', issue.message],
        ]),
      ),
    );
    issues.hidden = false;
    findings.hidden = true;
    chart.replaceChildren();
    brief.replaceChildren();
    return;
  }
  status.textContent = `Showing ${name}.`;
  issues.hidden = true;
  // Both strings come from Reckon's renderers: the chart escapes every label, and the
  // brief's HTML went through hast-util-sanitize.
  chart.innerHTML = shown.svg;
  brief.innerHTML = shown.html;
  findingList.append(
    ...shown.findings.map((f) =>
      item([
        [`severity ${f.severity}`, f.severity],
        ['code', f.code],
        ['message', f.message],
      ]),
    ),
  );
  findings.hidden = shown.findings.length === 0;
}

async function showFile(file: File): Promise<void> {
  const read = readJson(await file.text());
  if (!read.ok) {
    show({ kind: 'invalid', issues: [{ path: '', message: read.message }] }, file.name);
    return;
  }
  show(showDossier(read.value), file.name);
}

element<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file !== undefined) void showFile(file);
});
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void showFile(file);
});

show(showDossier(seed), 'the seed case (Cambodia scam economy)');
