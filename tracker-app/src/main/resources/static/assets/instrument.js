// An instrument's page: who stands where on a date (as known at an instant), and the counts over time.
import {api, bindViewForm, bodyOrProblem, el, formatDate, formatInstant, pageParams, startPage, STATUS_COLOURS, words} from './app.js';
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
const [participantsAnswer, timelineAnswer] = await Promise.all([api(`${base}?${query}`),
  api(`${base}/timeline?${timelineQuery}`)]);
const answer = bodyOrProblem(participantsAnswer, document.getElementById('problem'));
if (answer) {
  const statuses = Object.keys(answer.counts);
  document.getElementById('counts').replaceChildren(...statuses.flatMap((status, i) => [i ? ' · ' : '',
    el('span', {class: 'status', style: `background:${STATUS_COLOURS[status]}`}, status), ` ${answer.counts[status]}`]));
  document.getElementById('participants-caption').textContent = `As of ${answer.asOf}`
      + (answer.knownAt ? `, as known at ${formatInstant(answer.knownAt)}` : '')
      + ` — ${answer.participants.length} ${answer.participants.length === 1 ? "country" : "countries"}`;
  document.querySelector('#participants tbody').replaceChildren(...answer.participants.map(p => el('tr', {},
      el('th', {scope: 'row'}, el('a', {href: '/country.html?country=' + p.country}, p.country),
          ' ', el('span', {class: 'muted'}, p.countryName || '')),
      el('td', {}, el('span', {class: 'status', style: `background:${STATUS_COLOURS[p.status]}`}, p.status)),
      el('td', {}, formatDate(p.since, p.sincePrecision)),
      el('td', {}, words(p.action)),
      el('td', {}, p.inForce ? `since ${p.inForceSince}` : p.entersIntoForce ? `from ${p.entersIntoForce}` : ''),
      ...participationDates(p.dates))));
  const depositary = answer.depositaryCounts;
  document.getElementById('depositary-counts').textContent = depositary
      ? `As the depositary's table counts them: ${depositary.signatories} signatories, ${depositary.parties} parties.`
      : '';
  for (const format of ['csv', 'json']) {
    const exportQuery = new URLSearchParams(query);
    exportQuery.set('format', format);
    document.getElementById('export-' + format).href = `${base}?${exportQuery}`;
  }
  if (timelineAnswer.ok) {
    const used = statuses.filter(s => timelineAnswer.body.points.some(p => p.counts[s] > 0));
    drawCountsChart(document.getElementById('counts-chart'), timelineAnswer.body.points, used);
  }
}
