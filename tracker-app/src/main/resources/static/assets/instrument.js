// An instrument's page: who stands where on a date (as known at an instant), and the counts over time.
import {announce, api, bindViewForm, bodyOrProblem, el, formatDate, formatInstant, pageParams, startPage, STATUS_COLOURS, words} from './app.js';
import {drawCountsChart} from './charts.js';

await startPage();
const params = pageParams();
const view = document.getElementById('view');
const catalogue = (await api('/api/instruments')).body;
view.instrument.append(...catalogue.map(i => el('option', {value: i.id}, `${i.id} — ${i.shortName}`)));
const id = params.get('instrument') || catalogue[0].id;
view.instrument.value = id;
bindViewForm(view, 'instrument');

const instrument = catalogue.find(i => i.id === id);
document.getElementById('title').textContent = instrument ? `${instrument.name} (${id})` : id;
document.title = `${id} — Position tracker`;
if (instrument) {
  document.getElementById('about').textContent = [instrument.kind.replaceAll('_', ' ').toLowerCase(),
    'joined by ' + instrument.joining.replaceAll('_', ' ').toLowerCase(),
    instrument.openedOn && 'opened ' + formatDate(instrument.openedOn, instrument.openedOnPrecision),
    instrument.entryIntoForce && 'in force since ' + instrument.entryIntoForce].filter(Boolean).join(' · ');
}

const query = new URLSearchParams();
if (params.get('asOf')) query.set('asOf', params.get('asOf'));
if (params.get('knownAt')) query.set('knownAt', params.get('knownAt'));
if (params.get('basis')) query.set('basis', params.get('basis'));
const timelineQuery = new URLSearchParams(query);
timelineQuery.delete('asOf');
/** The dates of a participation side by side, as the depositary's table shows them. */
function participationDates(dates) {
  const d = dates || {};
  return [
    el('td', {}, d.signed ? d.signed + (d.signedBy === 'SUCCEEDED_TO_SIGNATURE' ? ' (by succession)' : '') : ''),
    el('td', {}, d.consented ? `${d.consented} ${words(d.consentAction)}${d.consentMarker ? ` (${d.consentMarker})` : ''}` : ''),
    el('td', {}, d.provisionallyApplied || ''),
    el('td', {}, d.withdrawalNotified ? `${d.withdrawalNotified} (${d.withdrawalEffective})` : '')];
}

const base = `/api/instruments/${encodeURIComponent(id)}/participants`;
async function showParticipants() {
  const [participantsAnswer, timelineAnswer] = await Promise.all([api(`${base}?${query}`),
    api(`${base}/timeline?${timelineQuery}`)]);
  const answer = bodyOrProblem(participantsAnswer, document.getElementById('problem'));
  if (!answer) return;
  const statuses = Object.keys(answer.counts);
  document.getElementById('counts').replaceChildren(...statuses.flatMap((status, i) => [i ? ' · ' : '',
    el('span', {class: 'status', style: `background:${STATUS_COLOURS[status] || '#5f6368'}`}, status), ` ${answer.counts[status]}`]));
  showCompleteness(answer);
  for (const format of ['csv', 'json']) {
    const exportQuery = new URLSearchParams(query);
    exportQuery.set('format', format);
    document.getElementById('export-' + format).href = `${base}?${exportQuery}`;
  }
  bindTable(answer, statuses);
  const used = timelineAnswer.ok
      ? statuses.filter(s => timelineAnswer.body.points.some(p => p.counts[s] > 0)) : [];
  const chart = timelineAnswer.ok
      && drawCountsChart(document.getElementById('counts-chart'), timelineAnswer.body.points, used);
  document.getElementById('chart-figure').hidden = !chart;
  document.getElementById('chart-empty').hidden = !!chart;
}

/** "1 party", "2 parties". */
function counted(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * How complete the list is: how many states are recorded, and what the depositary's own table counts (where the
 * tracker holds it), said plainly where the two differ.
 */
function showCompleteness(answer) {
  const recorded = answer.depositaryCounts;
  document.getElementById('recorded').textContent = `Recorded: ${counted(answer.participants.length, 'state',
      'states')} with a status as of ${answer.asOf} (${counted(recorded.signatories, 'signatory', 'signatories')}`
      + ` and ${counted(recorded.parties, 'party', 'parties')} as the depositary counts them).`;
  const header = answer.depositaryHeader;
  const where = document.getElementById('depositary-counts');
  if (!header) {
    where.textContent = 'The tracker holds no status table of the depositary\'s for this instrument: the list shows '
        + 'only what has been recorded here.';
    return;
  }
  const published = [header.signatories !== null && ['signatories', header.signatories, recorded.signatories],
    ['parties', header.parties, recorded.parties]].filter(Boolean);
  const differing = published.filter(([, theirs, ours]) => theirs !== ours);
  where.textContent = `As the depositary's table counts them: ${published.map(([what, n]) => `${n} ${what}`)
      .join(', ')} (${header.source}; ${header.statusAsAt}). ` + (differing.length
      ? `The record differs: the depositary counts ${differing.map(([what, n]) => `${n} ${what}`).join(' and ')}; `
        + `${differing.map(([, , ours]) => ours).join(' and ')} ${differing.length === 1 && differing[0][2] === 1
            ? 'is' : 'are'} recorded here as of ${answer.asOf}.`
      : `As many are recorded here as of ${answer.asOf}.`);
}

/** What each sortable column sorts by; empty values go last. */
const SORT_KEYS = {
  country: p => p.country,
  since: p => p.since,
  action: p => words(p.action),
  inForce: p => p.inForceSince || p.entersIntoForce,
  signed: p => p.dates?.signed,
  consented: p => p.dates?.consented,
  provisionallyApplied: p => p.dates?.provisionallyApplied,
  withdrawalNotified: p => p.dates?.withdrawalNotified,
};

/** Text compared without case or accents: "cote" finds Côte d'Ivoire. */
const folded = text => (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The participants table: sorted by the header button last pressed, filtered by status and country text. */
function bindTable(answer, statuses) {
  const table = document.getElementById('participants');
  const filter = document.getElementById('filter');
  const statusOrder = new Map(statuses.map((status, i) => [status, i]));
  const keyOf = {...SORT_KEYS, status: p => String(statusOrder.get(p.status) ?? 99).padStart(2, '0')};
  const present = statuses.filter(status => answer.participants.some(p => p.status === status));
  filter.status.append(...present.map(status => el('option', {value: status}, status)));
  let sortBy = 'country';
  let ascending = true;
  const redraw = () => {
    const text = folded(filter.country.value.trim());
    const shown = answer.participants
        .filter(p => !filter.status.value || p.status === filter.status.value)
        .filter(p => !text || folded(p.country).includes(text) || folded(p.countryName).includes(text))
        .sort((a, b) => compare(keyOf[sortBy](a), keyOf[sortBy](b), ascending)
            || a.country.localeCompare(b.country));
    table.querySelectorAll('thead th').forEach(th => {
      if (th.querySelector('button').dataset.sort === sortBy) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    const total = answer.participants.length;
    document.getElementById('participants-caption').textContent = `As of ${answer.asOf}`
        + (answer.knownAt ? `, as known at ${formatInstant(answer.knownAt)}` : '')
        + ` — ${shown.length === total ? counted(total, 'country', 'countries')
            : `${shown.length} of ${counted(total, 'country', 'countries')} shown`}`;
    table.tBodies[0].replaceChildren(...(shown.length ? shown.map(row)
        : [el('tr', {}, el('td', {colspan: 9}, total ? 'No participant matches the filter.'
            : 'No state has a status on this instrument on this date.'))]));
    const column = table.querySelector(`button[data-sort="${sortBy}"]`).textContent;
    announce(`${shown.length} of ${total} participants shown, sorted by ${column}, ${ascending ? 'ascending' : 'descending'}`);
  };
  table.querySelectorAll('thead button.sort').forEach(button => button.addEventListener('click', () => {
    ascending = button.dataset.sort === sortBy ? !ascending : true;
    sortBy = button.dataset.sort;
    redraw();
  }));
  filter.addEventListener('submit', event => event.preventDefault());
  filter.status.addEventListener('change', redraw);
  filter.country.addEventListener('input', redraw);
  redraw();
}

function compare(a, b, ascending) {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return (ascending ? 1 : -1) * String(a).localeCompare(String(b));
}

function row(p) {
  return el('tr', {},
      el('th', {scope: 'row'}, el('a', {href: '/country.html?country=' + p.country}, p.country),
          ' ', el('span', {class: 'muted'}, p.countryName || '')),
      el('td', {}, el('span', {class: 'status', style: `background:${STATUS_COLOURS[p.status] || '#5f6368'}`}, p.status)),
      el('td', {}, formatDate(p.since, p.sincePrecision)),
      el('td', {}, words(p.action)),
      el('td', {}, p.inForce ? `since ${p.inForceSince}` : p.entersIntoForce ? `from ${p.entersIntoForce}` : ''),
      ...participationDates(p.dates));
}

// Last: the module's constants above are initialised only once their lines have run.
if (instrument?.joining === 'BINDING_ON_ALL') {
  // A Security Council decision binds every member state as it stands: no state joins it, so nothing is recorded.
  const binds = document.getElementById('binds-all');
  binds.textContent = `${instrument.shortName} binds every member state of the United Nations without any act of `
      + 'its own: there is no participation to record, so no participants are listed and there is nothing to chart.';
  binds.hidden = false;
  document.getElementById('participants-section').hidden = true;
  document.getElementById('chart-section').hidden = true;
} else {
  await showParticipants();
}
