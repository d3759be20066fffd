// The auditor's page: the event log as stored (filters, paging, CSV download) and the lineage of one record,
// every version with the fields it changed.
import {announce, api, bodyOrProblem, describeValue, el, fieldName, fillCountries, formatInstant, pageParams,
  startPage} from './app.js';

await startPage();
fillCountries(document.getElementById('countries'));
const filters = document.getElementById('filters');
const lineageForm = document.getElementById('lineage-form');
const tbody = document.querySelector('#events tbody');
const more = document.getElementById('more');
let next = null;

function query() {
  const q = new URLSearchParams();
  for (const name of ['country', 'user', 'instrument', 'from', 'to']) {
    if (filters[name].value.trim()) q.set(name, filters[name].value.trim());
  }
  // The picker shows local time; the API takes an instant.
  if (filters.knownAt.value) q.set('knownAt', new Date(filters.knownAt.value).toISOString());
  q.set('order', filters.order.value);
  return q;
}

function caption() {
  const known = filters.knownAt.value ? `, as the log stood at ${formatInstant(new Date(filters.knownAt.value).toISOString())}` : '';
  document.getElementById('events-caption').textContent =
      (filters.order.value === 'newest' ? 'Events, newest first' : 'Events in recorded order') + known;
}

async function load(path, append) {
  const answer = await api(path);
  const page = bodyOrProblem(answer, filters.querySelector('.form-status'));
  if (!page) {
    // The rows of the previous filter are not the answer to this one.
    if (!append) tbody.replaceChildren();
    more.hidden = true;
    return;
  }
  filters.querySelector('.form-status').replaceChildren();
  const rows = page.events.map(e => el('tr', {},
      el('td', {class: 'number'}, e.globalIndex), el('td', {}, formatInstant(e.recordedAt)), el('td', {}, e.recordedBy),
      el('td', {}, e.country ? `${e.countryName || e.country} (${e.country})` : ''),
      el('td', {}, e.eventType),
      // The record in words; its id (a statement's is a UUID) links to its lineage.
      el('td', {}, e.record ? el('div', {}, e.record) : null, el('a', {href: '?record=' + encodeURIComponent(e.aggregateId),
        onclick: event => { event.preventDefault(); showLineage(e.aggregateId); }},
        `${e.aggregateId} #${e.sequenceNumber}`)),
      el('td', {}, e.reason || ''),
      el('td', {}, e.sourceUrl ? el('a', {href: e.sourceUrl, rel: 'noopener noreferrer'}, e.sourceCitation || '')
          : e.sourceCitation || '')));
  if (append) tbody.append(...rows); else tbody.replaceChildren(...rows);
  next = page.next;
  more.hidden = !next;
  caption();
  announce(`${tbody.children.length} events shown, ${filters.order.value} first` + (next ? ', more available' : ''));
}

filters.addEventListener('submit', event => {
  event.preventDefault();
  load('/api/audit/events?' + query(), false);
});
filters.order.addEventListener('change', () => filters.requestSubmit());
more.addEventListener('click', () => next && load(next, true));
document.getElementById('download-csv').addEventListener('click', async () => {
  const response = await fetch('/api/audit/events?' + query(), {headers: {Accept: 'text/csv'}, credentials: 'same-origin'});
  if (!response.ok) return filters.querySelector('.form-status').replaceChildren(
      el('p', {class: 'error'}, `The download failed (${response.status})`));
  const link = el('a', {href: URL.createObjectURL(await response.blob()), download: 'audit-events.csv'});
  document.body.append(link);
  link.click();
  link.remove();
});

lineageForm.addEventListener('submit', event => {
  event.preventDefault();
  showLineage(lineageForm.record.value.trim());
});

async function showLineage(recordId) {
  lineageForm.record.value = recordId;
  history.replaceState(null, '', '?record=' + encodeURIComponent(recordId));
  const target = document.getElementById('lineage');
  const lineage = bodyOrProblem(await api(`/api/audit/records/${encodeURIComponent(recordId)}/lineage`), target);
  if (!lineage) return;
  const count = lineage.versions.length;
  target.replaceChildren(el('p', {}, `${lineage.recordType} ${lineage.recordId}: ${count} ${count === 1 ? 'version' : 'versions'}`),
      el('ol', {class: 'timeline'}, lineage.versions.map(v => el('li', {},
          el('div', {}, el('span', {class: 'when'}, `#${v.sequenceNumber} ${v.eventType}`), ' ',
              el('span', {class: 'muted'}, `${formatInstant(v.recordedAt)} by ${v.recordedBy}`)),
          v.reason ? el('div', {}, `Reason: ${v.reason}`) : null,
          v.source ? el('div', {class: 'source'}, v.ownSource ? 'Source: ' + v.source.citation
              : `No source of its own: source unchanged (${v.source.citation})`) : null,
          el('div', {class: 'source'}, `Correlation id ${v.correlationId || '—'}`),
          v.changes.length ? el('table', {class: 'diff'},
              el('caption', {}, 'Changed fields'),
              el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Field'), el('th', {scope: 'col'}, 'Before'),
                  el('th', {scope: 'col'}, 'After'))),
              el('tbody', {}, v.changes.map(c => el('tr', {}, el('th', {scope: 'row'}, fieldName(c.field)),
                  el('td', {class: 'before'}, describeValue(c.before)),
                  el('td', {class: 'after'}, describeValue(c.after)))))) : null))));
  target.querySelector('p').focus?.();
}


// Integrity: the verification's verdict in words, and whether a checkpoint makes a stream deleted whole visible.
const integrity = document.getElementById('integrity');

async function verify() {
  integrity.replaceChildren(el('p', {class: 'muted'}, 'Verifying…'));
  const report = bodyOrProblem(await api('/api/audit/verify'), integrity);
  if (!report) return;
  if (!report.verified) {
    const b = report.break;
    integrity.replaceChildren(el('p', {class: 'error'}, `Not verified: ${describeValue(b.problem)} in `
        + `${b.aggregateId || 'a checkpoint'}${b.sequenceNumber != null ? ' #' + b.sequenceNumber : ''}`
        + ` (${report.events} events intact before it). ${b.detail}`));
    return;
  }
  integrity.replaceChildren(el('p', {class: 'done'}, `Verified: ${report.events} events in ${report.streams} `
      + `streams, ${report.checkpoints} ${report.checkpoints === 1 ? 'checkpoint' : 'checkpoints'} checked.`),
      report.checkpoints === 0 ? el('p', {class: 'warning'}, 'No checkpoint has been taken yet: a stream deleted '
          + 'whole, or its last events, would leave no trace. Take one to make them visible.') : '');
}

document.getElementById('verify').addEventListener('click', verify);
document.getElementById('checkpoint').addEventListener('click', async () => {
  const checkpoint = bodyOrProblem(await api('/api/audit/checkpoints', {method: 'POST'}), integrity);
  if (checkpoint) await verify();
});

const params = pageParams();
if (params.get('record')) showLineage(params.get('record'));
load('/api/audit/events?' + query(), false);
