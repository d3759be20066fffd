// Uploading an import file: started without waiting (wait=0), then followed through GET /api/imports/{id} until
// done, when the rows' outcomes are shown (the rejected ones first of all, with the problem of each).
import {api, el, formatInstant, offerOnlyTo, showDone, showProblem, startPage} from './app.js';

await startPage();
if (!offerOnlyTo('DATA_ENTRY', 'importing files')) await new Promise(() => {});
const form = document.getElementById('import');
const report = document.getElementById('report');
const outcome = document.getElementById('outcome');
let latest = null;

form.addEventListener('submit', async event => {
  event.preventDefault();
  const file = form.file.files[0];
  if (!file) return showProblem(form, {status: 400, title: 'No file', field: 'file', detail: 'choose a file to import'});
  const type = file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv';
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const answer = await api(`/api/imports?dryRun=${form.dryRun.checked}&wait=0`, {method: 'POST', file,
      headers: {'Content-Type': type}});
    if (!answer.ok) return showProblem(form, typeof answer.body === 'object' ? answer.body
        : {status: answer.status, detail: answer.body});
    showDone(form, `${answer.body.dryRun ? 'Dry run' : 'Import'} of ${file.name} started: ${answer.body.rows} rows.`);
    await follow(answer.headers.get('Location') || `/api/imports/${answer.body.importId}`);
  } finally {
    button.disabled = false;
  }
});

async function follow(location) {
  report.hidden = false;
  for (;;) {
    const answer = await api(location);
    if (!answer.ok) return showProblem(form, answer.body);
    draw(answer.body);
    if (answer.body.status !== 'RUNNING') break;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  recent();
}

function draw(progress) {
  latest = progress;
  document.getElementById('progress').value = progress.percent;
  document.getElementById('percent').textContent = `${progress.percent}% (${progress.processed} of ${progress.rows} rows)`;
  const verb = progress.dryRun ? 'would be accepted' : 'accepted';
  document.getElementById('summary').textContent = `${progress.status === 'RUNNING' ? 'Running' : progress.status}: `
      + `${progress.accepted} ${verb}, ${progress.alreadyImported} already imported, ${progress.rejected} rejected`
      + (progress.failure ? ` — failed: ${progress.failure}` : '') + '.';
  drawResults();
}

function drawResults() {
  const results = (latest?.results || []).filter(r => !outcome.value || r.outcome === outcome.value).slice(0, 1000);
  document.querySelector('#results tbody').replaceChildren(...results.map(r => el('tr', {},
      el('td', {class: 'number'}, r.row), el('td', {class: 'number'}, r.line ?? ''), el('td', {}, r.key ?? ''),
      el('td', {}, r.kind ?? ''), el('td', {class: r.outcome === 'REJECTED' ? 'error' : null}, r.outcome),
      el('td', {}, r.recordId ? `${r.recordId} v${r.version}` : ''),
      el('td', {}, r.error ? problemText(r.error) : ''))));
}

function problemText(error) {
  const where = error.column || error.field;
  return `${error.status}${error.rule ? ' ' + error.rule : ''}${where ? ' [' + where + ']' : ''}: ${error.detail}`;
}

outcome.addEventListener('change', drawResults);

async function recent() {
  const answer = await api('/api/imports?limit=10');
  if (!answer.ok) return;
  document.querySelector('#recent tbody').replaceChildren(...answer.body.imports.map(i => el('tr', {},
      el('td', {}, formatInstant(i.startedAt)), el('td', {}, i.startedBy), el('td', {}, i.dryRun ? 'yes' : 'no'),
      el('td', {}, i.status === 'RUNNING' ? `running (${i.percent}%)` : i.status.toLowerCase()),
      el('td', {class: 'number'}, i.rows), el('td', {class: 'number'}, i.accepted),
      el('td', {class: 'number'}, i.alreadyImported), el('td', {class: 'number'}, i.rejected))));
}

recent();
