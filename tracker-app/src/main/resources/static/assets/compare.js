// The compare page: several states side by side on several instruments, on a date, as known at an instant.
import {announce, api, bodyOrProblem, countriesMeant, el, fillCountries, fillInstruments, formatDate, formatInstant,
  pageParams, showProblem, startPage, STATUS_COLOURS, words} from './app.js';

await startPage();
const params = pageParams();
const form = document.getElementById('view');
const picker = document.getElementById('country');
const hint = document.getElementById('country-hint');
const chosenList = document.getElementById('chosen');
const names = new Map();  // code -> "Belarus (BLR)"
let chosen = (params.get('countries') || '').split(',').filter(Boolean);

const [catalogue, filters] = await Promise.all([fillInstruments(form.instruments),
  api('/api/compare/filters').then(answer => answer.body), fillCountries(document.getElementById('country-list'))]);
(await api('/api/countries')).body.forEach(country => names.set(country.code, country.label));

// The lists come from the API: the M49 regions with their sub-regions, and the statuses.
form.region.append(...filters.regions.map(region => el('optgroup', {label: region.name},
    el('option', {value: region.name}, `${region.name} (all)`),
    ...region.subRegions.map(sub => el('option', {value: sub.name}, sub.name)))));
form.status.append(...filters.statuses.map(status => el('option', {value: status}, words(status))));
document.getElementById('regions-source').textContent = 'Regions: ' + filters.regionsSource + '.';

// The form as the URL says.
const instruments = (params.get('instruments') || '').split(',').filter(Boolean);
[...form.instruments.options].forEach(option => option.selected = instruments.includes(option.value));
form.asOf.value = params.get('asOf') || '';
form.region.value = params.get('region') || '';
form.status.value = params.get('status') || '';
const instant = new Date(params.get('knownAt') || NaN);
if (!isNaN(instant)) {  // a bad instant stays out of the picker; the server's answer names it
  form.knownAt.value = new Date(instant.getTime() - instant.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
}
drawChosen();

function drawChosen() {
  form.countries.value = chosen.join(',');
  chosenList.replaceChildren(...chosen.map(code => el('li', {}, names.get(code) || code,
      el('button', {type: 'button', class: 'secondary', 'aria-label': `Remove ${names.get(code) || code}`,
        onclick: () => { chosen = chosen.filter(c => c !== code); drawChosen(); announce(`${names.get(code) || code} removed`); }},
      '×'))));
  if (!chosen.length) chosenList.append(el('li', {class: 'muted'}, 'none yet'));
}

/** The state typed in the picker (a code, or a name that means one state), added to the rows. */
async function addTyped() {
  const text = picker.value.trim();
  if (!text) return;
  let code = /^[A-Z]{3}$/.test(text) ? text : null;
  if (!code) {
    const found = await countriesMeant(text);
    if (found.length !== 1) {
      hint.textContent = found.length ? 'Which one? ' + found.slice(0, 6).map(c => c.label).join(', ')
          : `No state is called “${text}”: type its code or another name`;
      announce(hint.textContent);
      return;
    }
    code = found[0].code;
  }
  if (!chosen.includes(code)) chosen.push(code);
  picker.value = '';
  hint.textContent = `${names.get(code) || code} added`;
  announce(hint.textContent);
  drawChosen();
}

document.getElementById('add-country').addEventListener('click', addTyped);
picker.addEventListener('keydown', event => {
  if (event.key === 'Enter') {
    event.preventDefault();
    addTyped();
  }
});

function query() {
  const next = new URLSearchParams();
  if (chosen.length) next.set('countries', chosen.join(','));
  const picked = [...form.instruments.selectedOptions].map(option => option.value);
  if (picked.length) next.set('instruments', picked.join(','));
  if (form.asOf.value) next.set('asOf', form.asOf.value);
  if (form.knownAt.value) next.set('knownAt', new Date(form.knownAt.value).toISOString());
  if (form.region.value) next.set('region', form.region.value);
  if (form.status.value) next.set('status', form.status.value);
  return next;
}

form.addEventListener('submit', event => {
  event.preventDefault();
  location.assign(location.pathname + '?' + query());
});

if (params.get('countries') || params.get('region')) {
  const asked = new URLSearchParams(params);
  const answer = await api('/api/compare?' + asked);
  if (!answer.ok && answer.status === 400) {
    showProblem(form, answer.body);
  } else {
    const comparison = bodyOrProblem(answer, form.querySelector('.form-status'));
    if (comparison) drawMatrix(comparison, asked);
  }
}

function drawMatrix(comparison, asked) {
  const shortNames = new Map(catalogue.map(i => [i.id, i]));
  document.querySelector('#matrix thead tr').replaceChildren(el('th', {scope: 'col'}, 'State'),
      ...comparison.instruments.map(id => el('th', {scope: 'col'}, id,
          shortNames.get(id) ? el('span', {class: 'dates muted'}, shortNames.get(id).shortName) : '')));
  document.querySelector('#matrix tbody').replaceChildren(...comparison.states.map(state => {
    const cells = new Map(state.cells.map(cell => [cell.instrument, cell]));
    return el('tr', {},
        el('th', {scope: 'row'}, el('a', {href: '/country.html?country=' + state.country}, state.country), ' ',
            state.countryName, state.subRegion ? el('span', {class: 'dates muted'}, state.subRegion) : ''),
        ...comparison.instruments.map(id => cellOf(cells.get(id))));
  }));
  const count = comparison.states.length;
  document.getElementById('matrix-caption').textContent = `As of ${comparison.asOf}`
      + (comparison.knownAt ? `, as known at ${formatInstant(comparison.knownAt)}` : '')
      + (comparison.region ? `, ${comparison.region}` : '')
      + (comparison.status ? `, only ${words(comparison.status)}` : '')
      + ` — ${count} ${count === 1 ? 'state' : 'states'} × ${comparison.instruments.length} instruments`;
  const csv = new URLSearchParams(asked);
  csv.set('format', 'csv');
  document.getElementById('export-csv').href = '/api/compare?' + csv;
  announce(`${count} ${count === 1 ? 'state' : 'states'} compared`);
}

/** A state on an instrument: the status since when, then the dates of its participation. */
function cellOf(cell) {
  if (!cell) return el('td', {}, el('span', {class: 'muted'}, 'other status'));
  const d = cell.dates || {};
  const dates = [
    d.signed && `signed ${d.signed}`,
    d.consented && `${words(d.consentAction)} ${d.consented}${d.consentMarker ? ` (${d.consentMarker})` : ''}`,
    d.provisionallyApplied && `provisionally applied ${d.provisionallyApplied}`,
    cell.inForce ? `in force since ${cell.inForceSince}` : cell.entersIntoForce && `in force from ${cell.entersIntoForce}`,
    d.withdrawalNotified && `withdrawal notified ${d.withdrawalNotified}, in effect ${d.withdrawalEffective}`,
  ].filter(Boolean);
  return el('td', {},
      el('span', {class: 'status', style: `background:${STATUS_COLOURS[cell.status] || STATUS_COLOURS.NONE}`}, cell.status),
      cell.since ? ` since ${formatDate(cell.since, cell.sincePrecision)}` : '',
      ...dates.map(text => el('span', {class: 'dates'}, text)));
}
