// Uploading an import file: started without waiting (wait=0), then followed through GET /api/imports/{id} until
// done, when the rows' outcomes are shown (those not written first of all, with the problem of each). A recent
// import opens its report (?import=<id>).
import {api, el, formatInstant, hasRole, offerOnlyTo, pageParams, showDone, showProblem, startPage} from './app.js';

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
    const query = new URLSearchParams({dryRun: form.dryRun.checked, wait: 0, name: file.name,
      duplicates: form.importDuplicates.checked ? 'import' : 'skip'});
    const answer = await api(`/api/imports?${query}`, {method: 'POST', file, headers: {'Content-Type': type}});
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
  document.getElementById('report-file').textContent = `${progress.fileName || 'A file without a name'}, `
      + `${progress.dryRun ? 'dry run ' : ''}started ${formatInstant(progress.startedAt)} by ${progress.startedBy}`;
  const download = document.getElementById('download-rejected');
  download.href = `/api/imports/${progress.importId}/rejected`;
  download.hidden = progress.status === 'RUNNING' || !(progress.rejected || progress.probableDuplicates);
  document.getElementById('progress').value = progress.percent;
  document.getElementById('percent').textContent = `${progress.percent}% (${progress.processed} of ${progress.rows} rows)`;
  const verb = progress.dryRun ? 'would be accepted' : 'accepted';
  document.getElementById('summary').textContent = `${progress.status === 'RUNNING' ? 'Running' : progress.status}: `
      + `${progress.accepted} ${verb}, ${progress.alreadyImported} already imported, ${progress.rejected} rejected`
      + (progress.probableDuplicates ? `, ${progress.probableDuplicates} held back as probable duplicates` : '')
      + (progress.failure ? ` — failed: ${progress.failure}` : '') + '.';
  drawResults();
}

function drawResults() {
  const notWritten = r => r.outcome === 'REJECTED' || r.outcome === 'PROBABLE_DUPLICATE';
  const results = (latest?.results || []).filter(r => !outcome.value || notWritten(r)).slice(0, 1000);
  document.querySelector('#results tbody').replaceChildren(...results.map(r => el('tr', {},
      el('td', {class: 'number'}, r.row), el('td', {class: 'number'}, r.line ?? ''), el('td', {}, r.key ?? ''),
      el('td', {}, r.kind ?? ''), el('td', {class: r.outcome === 'REJECTED' ? 'error' : null}, r.outcome),
      el('td', {}, r.recordId ? [recordLink(r.recordId, r.country), ` v${r.version}`] : ''),
      el('td', {}, r.error ? problemText(r.error) : r.warning ? warningText(r.warning) : ''))));
}

// A record id as a link to the record: the country's timeline for a participation, stockpile or vote
// (COUNTRY:…) and for a statement whose country the row gives (at its entry); otherwise a statement's lineage,
// where the user may read lineages.
function recordLink(id, country) {
  if (id.includes(':')) {
    return el('a', {href: '/country.html?country=' + encodeURIComponent(id.slice(0, id.indexOf(':')))}, id);
  }
  if (country) {
    return el('a', {href: `/country.html?country=${encodeURIComponent(country)}#entry-${encodeURIComponent(id)}`}, id);
  }
  return hasRole('AUDITOR', 'ADMIN') ? el('a', {href: '/audit.html?record=' + encodeURIComponent(id)}, id) : id;
}

function warningText(warning) {
  return [`${warning.code}: ${warning.detail} `, ...warning.records.flatMap(id => [recordLink(id), ' '])];
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
      el('td', {}, el('a', {href: '?import=' + encodeURIComponent(i.importId), onclick: event => {
        event.preventDefault();
        openReport(i.importId);
      }}, i.fileName || `import ${i.importId.slice(0, 8)}`)),
      el('td', {}, formatInstant(i.startedAt)), el('td', {}, i.startedBy), el('td', {}, i.dryRun ? 'yes' : 'no'),
      el('td', {}, i.status === 'RUNNING' ? `running (${i.percent}%)` : i.status.toLowerCase()),
      el('td', {class: 'number'}, i.rows), el('td', {class: 'number'}, i.accepted),
      el('td', {class: 'number'}, i.alreadyImported), el('td', {class: 'number'}, i.rejected),
      el('td', {class: 'number'}, i.probableDuplicates ?? 0))));
}

/** Opens the report of an earlier import, as one just started is followed. */
async function openReport(importId) {
  history.replaceState(null, '', '?import=' + encodeURIComponent(importId));
  await follow(`/api/imports/${encodeURIComponent(importId)}`);
  document.getElementById('report-heading').scrollIntoView();
}

recent();
const asked = pageParams().get('import');
if (asked) openReport(asked);
