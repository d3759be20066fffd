// The data-entry forms. Each form is declared below (its fields, named by the JSON path of the write's body, and
// its endpoint) and drawn the same way; the server validates, and its problems are shown next to the fields.
import {api, countriesMeant, el, fillCountries, formatDate, formJson, hasRole, offerOnlyTo, pageParams, showDone,
  showProblem, startPage, STATUS_COLOURS, whichStates} from './app.js';
import {control, DATE_HINT, loadVocabulary} from './forms.js';

await startPage();
// An analyst, an auditor: told at once, in place of forms the API would refuse on submit.
if (!offerOnlyTo('DATA_ENTRY', 'recording facts, corrections, amendments, revisions and voids')) {
  await new Promise(() => {});
}
const {raw: vocabulary, options} = await loadVocabulary();
const PRECISIONS = options(vocabulary.datePrecisions);

const field = {
  country: {name: 'country', label: 'Country', list: 'countries', hint: 'ISO 3166-1 alpha-3 code or a name, e.g. BLR or Belarus'},
  instrument: {name: 'instrument', label: 'Instrument', select: 'instruments'},
  date: {name: 'date', label: 'Date', hint: DATE_HINT},
  datePrecision: {name: 'datePrecision', label: 'Date precision', options: PRECISIONS},
  citation: {name: 'source.citation', label: 'Source citation', wide: true,
    hint: 'e.g. "UN Treaty Collection, CCM status, 3 December 2008"'},
  url: {name: 'source.url', label: 'Source URL', optional: true, type: 'url'},
  reason: {name: 'reason', label: 'Reason', wide: true, textarea: true, hint: 'Why the record changes'},
  voidReason: {name: 'reason', label: 'Reason', wide: true, textarea: true,
    hint: 'Why the record is void, e.g. recorded under the wrong country'},
};

// The depositaries' kinds of action, with the UN Treaty Collection's marker where there is one.
const ACTIONS = options(vocabulary.actions);
const STANCES = options(vocabulary.stances);
const VOTES = options(vocabulary.votes);

const FORMS = [
  {id: 'treaty-action', tab: 'Treaty action', title: 'A treaty action',
    intro: 'Signature, ratification, accession, withdrawal; joining or leaving a regime; adherence to a code.',
    path: () => '/api/treaty-actions', answer: 'participationId',
    fields: [field.country, field.instrument,
      {name: 'action', label: 'Action', options: ACTIONS},
      field.date, field.datePrecision,
      {name: 'effectiveDate', label: 'Effective date', optional: true, hint: 'WITHDREW and LEFT only: when it takes effect (a withdrawal without one: after the instrument\'s notice period)'},
      {name: 'note', label: 'Note', optional: true, textarea: true, wide: true},
      field.citation, field.url]},
  {id: 'correction', tab: 'Correct a treaty action', title: 'Correct a treaty action',
    intro: 'Its date, its kind, its effective date or its note. The recorded action keeps its original in the '
        + 'history; the correction is shown beside it.',
    path: f => `/api/participations/${enc(f.country)}/${enc(f.instrument)}/corrections`, answer: 'participationId',
    fields: [{...field.country, inPath: true}, {...field.instrument, inPath: true},
      {name: 'action', label: 'Which action', options: ACTIONS},
      {name: 'wrongDate', label: 'Wrong date', optional: true, hint: 'only if the action was recorded more than once'},
      {...field.date, label: 'Right date', optional: true, hint: 'leave empty to keep the date'}, field.datePrecision,
      {name: 'effectiveDate', label: 'Right effective date', optional: true, hint: 'WITHDREW and LEFT only'},
      {name: 'correctedAction', label: 'Right kind of action', optional: true, options: [['', '(keep the kind)'],
          ...ACTIONS]},
      {name: 'note', label: 'Right note', optional: true, textarea: true, wide: true},
      field.reason, field.citation, field.url]},
  {id: 'treaty-action-void', tab: 'Void a treaty action', title: 'Void a treaty action recorded in error',
    intro: 'Under the wrong country or instrument, or twice: it then counts nowhere; the history as known before '
        + 'and the lineage keep it.',
    path: f => `/api/participations/${enc(f.country)}/${enc(f.instrument)}/voids`, answer: 'participationId',
    fields: [{...field.country, inPath: true}, {...field.instrument, inPath: true},
      {name: 'action', label: 'Which action', options: ACTIONS},
      {...field.date, label: 'Its date', hint: 'as recorded'},
      field.voidReason, field.citation, field.url]},
  {id: 'reservation', tab: 'Reservation', title: 'A reservation or declaration',
    intro: 'Made by a state that has signed, ratified or acceded; withdrawn ones stay in the history.',
    path: f => `/api/participations/${enc(f.country)}/${enc(f.instrument)}/reservations`, answer: 'reservationId',
    fields: [{...field.country, inPath: true}, {...field.instrument, inPath: true},
      {name: 'kind', label: 'Kind', options: options(vocabulary.reservationKinds)},
      field.date, field.datePrecision,
      {name: 'madeWith', label: 'Made with', optional: true, options: options(vocabulary.reservationMadeWith)},
      {name: 'text', label: 'Text', textarea: true, wide: true},
      field.citation, field.url]},
  {id: 'reservation-withdrawal', tab: 'Withdraw a reservation', title: 'Withdraw a reservation or declaration',
    path: f => `/api/participations/${enc(f.country)}/${enc(f.instrument)}/reservations/${enc(f.reservationId)}/withdrawal`,
    answer: 'reservationId',
    fields: [{...field.country, inPath: true}, {...field.instrument, inPath: true},
      {name: 'reservationId', label: 'Reservation id', inPath: true, hint: 'e.g. R2 (the timeline shows it)'},
      field.date, field.reason, field.citation, field.url]},
  {id: 'reservation-void', tab: 'Void a reservation', title: 'Void a reservation or declaration recorded in error',
    intro: 'For one the state never made, or recorded twice: it then counts nowhere, and stays in the lineage.',
    path: f => `/api/participations/${enc(f.country)}/${enc(f.instrument)}/reservations/${enc(f.reservationId)}/voids`,
    answer: 'reservationId',
    fields: [{...field.country, inPath: true}, {...field.instrument, inPath: true},
      {name: 'reservationId', label: 'Reservation id', inPath: true, hint: 'e.g. R2 (the timeline shows it)'},
      field.voidReason, field.citation, field.url]},
  {id: 'statement', tab: 'Statement', title: 'A statement',
    intro: 'What a state said, where and when, and its stance on the instruments it concerns.',
    path: () => '/api/statements', answer: 'statementId',
    fields: [field.country, field.date, field.datePrecision,
      {name: 'forum', label: 'Forum', hint: 'e.g. CCW Group of Governmental Experts'},
      {name: 'location', label: 'Location', optional: true},
      {name: 'speaker', label: 'Speaker', optional: true}, {name: 'speakerRole', label: 'Speaker role', optional: true},
      {name: 'instruments', label: 'Instruments', select: 'instruments', multiple: true,
        hint: 'Ctrl/⌘-click or Shift+arrows to choose several'},
      {name: 'stance', label: 'Stance', options: STANCES},
      {name: 'summary', label: 'Summary', textarea: true, wide: true},
      {name: 'quote', label: 'Quote', optional: true, textarea: true, wide: true},
      field.citation, field.url]},
  {id: 'amendment', tab: 'Amend a statement', title: 'Amend a statement',
    intro: 'Only the fields you fill in change; the earlier version stays in the history.',
    path: f => `/api/statements/${enc(f.statementId)}/amendments`, answer: 'statementId',
    fields: [{name: 'statementId', label: 'Statement id', inPath: true, hint: 'from the timeline (Amend link)'},
      {...field.date, optional: true}, {...field.datePrecision, optional: true},
      {name: 'forum', label: 'Forum', optional: true},
      {name: 'location', label: 'Location', optional: true, removable: true},
      {name: 'speaker', label: 'Speaker', optional: true, removable: true},
      {name: 'speakerRole', label: 'Speaker role', optional: true},
      {name: 'instruments', label: 'Instruments', select: 'instruments', multiple: true, optional: true},
      {name: 'stance', label: 'Stance', optional: true, options: STANCES},
      {name: 'summary', label: 'Summary', optional: true, textarea: true, wide: true},
      {name: 'quote', label: 'Quote', optional: true, textarea: true, wide: true, removable: true},
      field.reason, {...field.citation, optional: true}, field.url]},
  {id: 'retraction', tab: 'Retract a statement', title: 'Retract a statement',
    intro: 'A retracted statement stays in the history, struck through, and no longer counts in positions.',
    path: f => `/api/statements/${enc(f.statementId)}/retraction`, answer: 'statementId',
    fields: [{name: 'statementId', label: 'Statement id', inPath: true}, field.reason,
      {...field.citation, optional: true}, field.url]},
  {id: 'stockpile', tab: 'Stockpile declaration', title: 'A stockpile declaration',
    intro: 'A weapon system a state holds (or held), with the quantity if the source gives one.',
    path: () => '/api/stockpile-declarations', answer: 'stockpileId',
    fields: [field.country, {name: 'weaponSystem', label: 'Weapon system', hint: 'e.g. RBK-500'},
      {name: 'category', label: 'Category', options: options(vocabulary.munitionCategories)},
      {name: 'quantity', label: 'Quantity', optional: true, number: true, hint: 'empty when the source gives no number'},
      {name: 'status', label: 'Status', options: options(vocabulary.stockpileStatuses, ['DESTROYED']),
        hint: 'a destruction is reported with its own form'},
      {name: 'origin', label: 'Origin', optional: true, hint: 'e.g. inherited from the USSR'},
      field.date, field.datePrecision,
      {name: 'note', label: 'Note', optional: true, textarea: true, wide: true,
        hint: 'what the source leaves open, e.g. not known whether these include submunition versions'},
      field.citation, field.url]},
  {id: 'revision', tab: 'Revise a declaration', title: 'Revise a stockpile declaration',
    intro: 'Only the fields you fill in change; the declaration as first recorded stays in the history.',
    path: f => `/api/stockpiles/${enc(f.country)}/${enc(f.weaponSystem)}/revisions`, answer: 'stockpileId',
    fields: [{...field.country, inPath: true}, {name: 'weaponSystem', label: 'Weapon system', inPath: true},
      {name: 'quantity', label: 'Quantity', optional: true, number: true, removable: true},
      {name: 'status', label: 'Status', optional: true, options: options(vocabulary.stockpileStatuses)},
      {name: 'origin', label: 'Origin', optional: true, removable: true},
      {...field.date, optional: true}, {...field.datePrecision, optional: true},
      {name: 'note', label: 'Note', optional: true, textarea: true, wide: true, removable: true},
      field.reason, {...field.citation, optional: true}, field.url]},
  {id: 'stockpile-void', tab: 'Void a stockpile', title: 'Void a stockpile recorded in error',
    intro: 'For one recorded under the wrong country or weapon system, or twice: its declarations, destruction '
        + 'reports and revisions then count nowhere, and stay in the lineage.',
    path: f => `/api/stockpiles/${enc(f.country)}/${enc(f.weaponSystem)}/voids`, answer: 'stockpileId',
    fields: [{...field.country, inPath: true}, {name: 'weaponSystem', label: 'Weapon system', inPath: true},
      field.voidReason, field.citation, field.url]},
  {id: 'vote', tab: 'UN vote', title: 'A vote in the UN General Assembly',
    intro: 'How the state voted on a resolution about one or more instruments; once per state and resolution.',
    path: () => '/api/votes', answer: 'voteId',
    fields: [field.country,
      {name: 'resolution', label: 'Resolution', hint: 'its symbol, e.g. A/RES/79/56'},
      {name: 'title', label: 'Title', optional: true, wide: true},
      field.date, field.datePrecision,
      {name: 'vote', label: 'Vote', options: VOTES},
      {name: 'instruments', label: 'Instruments', select: 'instruments', multiple: true,
        hint: 'those the resolution concerns; Ctrl/⌘-click to choose several'},
      field.citation, field.url]},
  {id: 'vote-correction', tab: 'Correct a vote', title: 'Correct a vote',
    intro: 'Change the vote or its date; the vote as first recorded stays in the history.',
    path: f => `/api/votes/${enc(f.voteId)}/corrections`, answer: 'voteId',
    fields: [{name: 'voteId', label: 'Vote id', inPath: true, hint: 'e.g. BLR:A_RES_79_56 (the timeline links to it)'},
      {name: 'vote', label: 'Vote', optional: true, options: VOTES},
      {...field.date, optional: true}, {...field.datePrecision, optional: true},
      field.reason, field.citation, field.url]},
  {id: 'vote-void', tab: 'Void a vote', title: 'Void a vote recorded in error',
    intro: 'For a vote recorded under the wrong country or resolution, or twice: it then counts nowhere, and stays '
        + 'in the lineage.',
    path: f => `/api/votes/${enc(f.voteId)}/voids`, answer: 'voteId',
    fields: [{name: 'voteId', label: 'Vote id', inPath: true, hint: 'e.g. BLR:A_RES_79_56 (the timeline links to it)'},
      field.voidReason, field.citation, field.url]},
  {id: 'destruction', tab: 'Destruction report', title: 'Report a destruction',
    path: f => `/api/stockpiles/${enc(f.country)}/${enc(f.weaponSystem)}/destructions`, answer: 'stockpileId',
    fields: [{...field.country, inPath: true}, {name: 'weaponSystem', label: 'Weapon system', inPath: true},
      {name: 'quantityDestroyed', label: 'Quantity destroyed', optional: true, number: true},
      {name: 'completed', label: 'Completes the destruction of the stockpile', checkbox: true},
      field.date, field.datePrecision, {name: 'note', label: 'Note', optional: true, textarea: true, wide: true},
      field.citation, field.url]},
];

function enc(value) {
  return encodeURIComponent(value || '-');
}

function drawForm(spec) {
  const form = el('form', {id: spec.id, class: 'panel', novalidate: true, hidden: true,
    'aria-labelledby': spec.id + '-heading'},
      el('h2', {id: spec.id + '-heading'}, spec.title),
      spec.intro ? el('p', {class: 'muted'}, spec.intro) : null,
      el('div', {class: 'fields'}),
      el('div', {class: 'actions'}, el('button', {type: 'submit'}, 'Record'),
          el('button', {type: 'reset', class: 'secondary'}, 'Clear')),
      el('div', {class: 'form-status', role: 'status', tabindex: '-1', 'aria-live': 'polite'}));
  form.querySelector('.fields').append(...spec.fields.map(f => control(form, f)));
  // One key per filled-in form: a double click or a retry after a lost answer records nothing twice.
  form.dataset.idempotencyKey = crypto.randomUUID();
  form.addEventListener('input', () => {
    form.dataset.idempotencyKey = crypto.randomUUID();
    delete form.dataset.duplicateConfirmed;
  });
  form.addEventListener('submit', event => submit(event, spec, form));
  watchRecorded(form);
  // Cleared, the form is a blank one: nothing it then leaves empty removes a value.
  form.addEventListener('reset', () => {
    form.querySelectorAll('[data-prefilled]').forEach(input => delete input.dataset.prefilled);
  });
  return form;
}

async function submit(event, spec, form) {
  event.preventDefault();
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    if (spec.id === 'statement' && form.dataset.duplicateConfirmed !== 'yes') {
      const found = await probableDuplicates(form);
      if (found.length) {
        warnOfDuplicates(form, found);
        return;
      }
    }
    const pathFields = Object.fromEntries(spec.fields.filter(f => f.inPath)
        .map(f => [f.name, form.elements[f.name].value.trim()]));
    const answer = await api(spec.path(pathFields), {method: 'POST', json: onlyChanges(form, spec, formJson(form)),
      headers: {'Idempotency-Key': form.dataset.idempotencyKey}});
    if (!answer.ok) {
      showProblem(form, typeof answer.body === 'object' ? answer.body : {status: answer.status, detail: answer.body});
      return;
    }
    // What the form shows is now the record's current value: a second change is compared with it.
    form.querySelectorAll('[data-prefilled]').forEach(input => input.dataset.prefilled = valueOf(input));
    showDone(form, `Recorded: ${answer.body[spec.answer]}, version ${answer.body.version}. `, ...linksBack(form,
        answer.body));
    recordedChanged(form);
    form.querySelector('.form-status').focus();
  } finally {
    button.disabled = false;
  }
}

/**
 * Where to see what was recorded: the country's timeline (at the entry the form was opened from, if it was) and, for
 * an auditor, the record's lineage.
 */
function linksBack(form, body) {
  const recordId = body.participationId || body.statementId || body.stockpileId || body.voteId;
  const country = form.elements.country?.value.trim().toUpperCase() || form.dataset.country
      || (/^[A-Z]{3}:/.test(recordId || '') ? recordId.slice(0, 3) : '');
  const links = [];
  if (country) {
    const entry = form.dataset.entry ? '#' + encodeURIComponent('entry-' + form.dataset.entry) : '';
    links.push(el('a', {href: `/country.html?country=${encodeURIComponent(country)}${entry}`},
        entry ? `See it on ${country}'s timeline` : `See ${country}'s timeline`));
  }
  if (recordId && hasRole('AUDITOR', 'ADMIN')) {
    links.push(el('a', {href: '/audit.html?record=' + encodeURIComponent(recordId)}, 'its lineage'));
  }
  return links.flatMap((a, i) => i ? [' · ', a] : [a]);
}

/** A control's value as compared with the one it was filled with: a multiple choice as its sorted values. */
function valueOf(input) {
  return input.multiple ? [...input.selectedOptions].map(o => o.value).sort().join('\n') : input.value.trim();
}

/**
 * The amendment and revision forms, filled with the record's current values, send only what was changed: an
 * emptied field it may remove is sent as null, another emptied one as empty (so that the server names it), and a
 * changed date comes with its precision.
 */
function onlyChanges(form, spec, json) {
  const filled = [...form.querySelectorAll('[data-prefilled]')];
  if (!filled.length) return json;
  for (const input of filled) {
    if (json[input.name] === null) continue;  // removed with its "remove" box
    const now = valueOf(input);
    if (now === input.dataset.prefilled) delete json[input.name];
    else if (now === '') json[input.name] = spec.fields.find(f => f.name === input.name)?.removable ? null : '';
  }
  if (('date' in json || 'datePrecision' in json) && form.elements.date && form.elements.datePrecision) {
    json.date = form.elements.date.value.trim();
    json.datePrecision = form.elements.datePrecision.value || undefined;
  }
  return json;
}

/**
 * The current values of the record an amendment or revision form was opened for from the timeline
 * (record.html?statementId=…&country=…&entry=…#amendment), read from the country's history: a typo is fixed by
 * changing it, not by typing the whole statement again.
 */
const CURRENT_VALUES = {
  amendment: (entries, params) => {
    const e = entries.find(x => x.kind === 'STATEMENT' && x.details.statementId === params.get('statementId'));
    return e && {date: e.date, datePrecision: e.datePrecision, forum: e.details.forum, location: e.details.location,
      speaker: e.details.speaker, speakerRole: e.details.speakerRole, instruments: e.instruments,
      stance: e.details.stance, summary: e.details.summary, quote: e.details.quote};
  },
  revision: (entries, params) => {
    const id = `${params.get('country')}:${params.get('weaponSystem')}`;
    const sequence = x => Number(x.id.slice(x.id.lastIndexOf('#') + 1));
    const e = entries.filter(x => x.kind === 'STOCKPILE_DECLARATION' && x.details.stockpileId === id)
        .sort((a, b) => sequence(b) - sequence(a))[0];
    return e && {quantity: e.details.quantity, status: e.details.status, origin: e.details.origin, date: e.date,
      datePrecision: e.datePrecision, note: e.details.note};
  },
};

async function fillWithCurrentValues(form, params) {
  const country = params.get('country');
  if (!CURRENT_VALUES[form.id] || !country) return;
  const answer = await api(`/api/countries/${encodeURIComponent(country)}/history`);
  const values = answer.ok && CURRENT_VALUES[form.id](answer.body.entries, params);
  if (!values) {
    form.querySelector('.form-status').replaceChildren(el('p', {class: 'error'},
        `The record's current values could not be read from ${country}'s history: fill in only what changes.`));
    return;
  }
  for (const [name, value] of Object.entries(values)) {
    const input = form.elements[name];
    if (!input) continue;
    if (input.multiple) {
      [...input.options].forEach(option => option.selected = (value || []).includes(option.value));
    } else {
      input.value = value ?? '';
    }
    input.dataset.prefilled = valueOf(input);
  }
}

// A statement typed twice (from two page loads, by two clerks) is the one duplicate no rule refuses, since a state
// may well say two things on a day: before recording one, the form looks for a statement of the same country and
// date with the same forum or the same summary, and asks.
async function probableDuplicates(form) {
  const country = form.elements.country.value.trim();
  const date = form.elements.date.value.trim();
  if (!country || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
  const answer = await api(`/api/statements?country=${encodeURIComponent(country)}&from=${date}&to=${date}&limit=100`);
  if (!answer.ok) return [];  // the write will say what is wrong with the country or the date
  const same = text => (text || '').trim().replace(/\s+/g, ' ').toLowerCase();
  const forum = same(form.elements.forum.value);
  const summary = same(form.elements.summary.value);
  return answer.body.statements.filter(s => (summary && same(s.summary) === summary)
      || (forum && same(s.forum) === forum));
}

function warnOfDuplicates(form, found) {
  const country = form.elements.country.value.trim();
  const status = form.querySelector('.form-status');
  status.replaceChildren(el('div', {class: 'warning'},
      el('p', {}, `Nothing was recorded: the tracker already holds ${found.length === 1 ? 'a statement'
          : found.length + ' statements'} of ${country} on ${form.elements.date.value.trim()} with the same forum or `
          + 'summary. Is this one of them?'),
      el('ul', {}, found.map(s => el('li', {}, el('a', {href: '/country.html?country=' + encodeURIComponent(s.country)},
          `${s.forum}: ${s.summary}`), ` (recorded by ${s.recordedBy}${s.retracted ? ', retracted' : ''})`))),
      el('button', {type: 'button', class: 'secondary', id: form.id + '-record-anyway', onclick: () => {
        form.dataset.duplicateConfirmed = 'yes';
        form.requestSubmit();
      }}, 'It is another statement: record it')));
  status.focus();
}

function show(id) {
  for (const spec of FORMS) {
    document.getElementById(spec.id).hidden = spec.id !== id;
    document.getElementById('tab-' + spec.id).setAttribute('aria-current', String(spec.id === id));
  }
  showRecorded(document.getElementById(id));
}

// What the tracker already holds for the country (and instrument, or date) a form is being filled in for, beside
// the form in a live region: a clerk sees a participation's dates before adding to them, and the statements of a
// day before typing one again. Looked up once the typing pauses, not per keystroke; a lookup that fails says so
// there and blocks nothing, since the write is checked by the server anyway.
const LOOKUP_PAUSE_MS = 400;
const LOOKUP_FIELDS = ['country', 'instrument', 'instruments', 'date', 'datePrecision'];
// A position read serves every instrument of its country: choosing another instrument asks nothing again.
const POSITION_KEPT_MS = 30_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const recordedPanel = document.getElementById('recorded-panel');
const recorded = document.getElementById('already-recorded');
const positions = new Map();
let lookupTimer = null;
let lookupSequence = 0;
let countryNames = null;

/** Each form's lookup, by its id; the forms without one (by a statement's or a vote's id) show no panel. */
const LOOKUPS = {
  'treaty-action': participation, correction: participation, 'treaty-action-void': participation,
  reservation: participation, 'reservation-withdrawal': participation, 'reservation-void': participation,
  statement: statements,
  stockpile: stockpiles, revision: stockpiles, 'stockpile-void': stockpiles, destruction: stockpiles,
  vote: votes,
};

function watchRecorded(form) {
  if (!LOOKUPS[form.id]) return;
  const later = event => {
    if (!LOOKUP_FIELDS.includes(event.target.name)) return;
    clearTimeout(lookupTimer);
    lookupTimer = setTimeout(() => showRecorded(form), LOOKUP_PAUSE_MS);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  // After the reset has emptied the fields.
  form.addEventListener('reset', () => setTimeout(() => showRecorded(form)));
}

/** After a write: the positions read before it are old, and the panel shows the record once the reads have it. */
function recordedChanged(form) {
  positions.clear();
  clearTimeout(lookupTimer);
  lookupTimer = setTimeout(() => showRecorded(form), 1000);
}

async function showRecorded(form) {
  clearTimeout(lookupTimer);
  const lookup = LOOKUPS[form.id];
  recordedPanel.hidden = !lookup;
  document.getElementById('record-layout').classList.toggle('alone', !lookup);
  if (!lookup) return;
  // Only the latest lookup is shown: an earlier one answering late is dropped.
  const sequence = ++lookupSequence;
  const say = (...content) => {
    if (sequence !== lookupSequence) return;
    recorded.replaceChildren(...content);
    recorded.removeAttribute('aria-busy');
  };
  const text = form.elements.country.value.trim();
  if (!text) {
    say(el('p', {class: 'muted'}, 'Choose a country to see what the tracker already holds for it.'));
    return;
  }
  recorded.setAttribute('aria-busy', 'true');
  try {
    const country = await stateMeant(text);
    say(...(country.code ? await lookup(form, country) : [el('p', {}, country.said)]));
  } catch (error) {
    say(el('p', {class: 'error'}, `What is already recorded could not be read: ${error.message}. `
        + 'The form can still be sent.'));
  }
}

/** The state a country field names, by its code or (as the field itself finds it when left) by a name. */
async function stateMeant(text) {
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = text.toUpperCase();
    countryNames ??= read('/api/countries').then(all => new Map(all.map(c => [c.code, c.name])));
    return {code, name: (await countryNames.catch(() => new Map())).get(code) || code};
  }
  const found = await countriesMeant(text);
  return found.length === 1 ? {code: found[0].code, name: found[0].name} : {said: whichStates(text, found)};
}

/** A read's body; else an error saying what the API answered. */
async function read(path) {
  const answer = await api(path);
  if (answer.ok) return answer.body;
  const problem = typeof answer.body === 'object' && answer.body ? answer.body : {};
  throw new Error(`${problem.detail || problem.title || 'the tracker answered'} (${answer.status})`);
}

/** The country's position today, kept a while (and dropped after a write or a failure). */
function positionOf(code) {
  const kept = positions.get(code);
  if (kept && Date.now() - kept.at < POSITION_KEPT_MS) return kept.body;
  const body = read(`/api/countries/${encodeURIComponent(code)}/position`);
  body.catch(() => positions.delete(code));
  positions.set(code, {at: Date.now(), body});
  return body;
}

function term(list, value) {
  return vocabulary[list].find(t => t.value === value)?.label || (value || '').replaceAll('_', ' ').toLowerCase();
}

function timelineLink(country) {
  return el('p', {}, el('a', {href: '/country.html?country=' + encodeURIComponent(country.code)},
      `${country.name}'s timeline`));
}

/** "party since 2008-09-29 (consented to be bound)". */
function statusWords(status) {
  return term('statuses', status.status)
      + (status.since ? ' since ' + formatDate(status.since, status.sincePrecision) : '')
      + (status.action ? ` (${term('actions', status.action)})` : '');
}

/** The participation's status and its dates side by side, as the depositary's table shows them. */
async function participation(form, country) {
  const position = await positionOf(country.code);
  const instrument = form.elements.instrument.value;
  if (!instrument) {
    if (!position.instruments.length) {
      return [el('p', {}, `Nothing recorded for ${country.name} on any instrument yet.`), timelineLink(country)];
    }
    return [el('p', {}, `${country.name}'s participations (choose an instrument to see its dates):`),
      el('ul', {}, position.instruments.map(i => el('li', {}, `${i.instrument}: ${statusWords(i)}`))),
      timelineLink(country)];
  }
  const status = position.instruments.find(i => i.instrument === instrument);
  const d = status?.dates || {};
  if (!status || (status.status === 'NONE' && !Object.values(d).some(Boolean))) {
    return [el('p', {}, `Nothing recorded for ${country.name} on the ${instrument} yet.`), timelineLink(country)];
  }
  const dates = [
    ['Signature', d.signed && d.signed + (d.signedBy && d.signedBy !== 'SIGNED' ? ` (${term('actions', d.signedBy)})`
        : '')],
    ['Consent to be bound', d.consented && `${d.consented}, ${term('actions', d.consentAction)}`
        + (d.consentMarker ? ` (${d.consentMarker})` : '')],
    ['Provisional application', d.provisionallyApplied],
    ['Withdrawal', d.withdrawalNotified && `notified ${d.withdrawalNotified}`
        + (d.withdrawalEffective ? `, in effect ${d.withdrawalEffective}` : '')],
    ['In force', status.inForce ? (status.inForceSince ? `since ${status.inForceSince}` : 'yes')
        : status.entersIntoForce ? `from ${status.entersIntoForce}` : 'no'],
  ];
  return [el('h3', {}, `${country.name} on the ${instrument}`),
    el('p', {}, el('span', {class: 'status', style: `background:${STATUS_COLOURS[status.status]
        || STATUS_COLOURS.NONE}`}, status.status), ' ', statusWords(status)),
    el('dl', {}, dates.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value || 'none')])),
    status.reservations.length ? [el('h3', {}, 'Reservations and declarations in force'),
      el('ul', {}, status.reservations.map(r => el('li', {},
          `${r.reservationId}, ${term('reservationKinds', r.kind)} of ${r.date}: ${shortened(r.text)}`)))] : [],
    timelineLink(country)];
}

/** The country's statements on the form's date (its day, month or year) and about each instrument chosen. */
async function statements(form, country) {
  const base = `/api/statements?country=${encodeURIComponent(country.code)}`;
  const date = form.elements.date.value.trim();
  const asked = [];
  if (DAY.test(date)) {
    const precision = form.elements.datePrecision.value;
    const [from, to, said] = precision === 'YEAR' ? [date.slice(0, 4) + '-01-01', date.slice(0, 4) + '-12-31',
      date.slice(0, 4)] : precision === 'MONTH' ? [date.slice(0, 7) + '-01', lastOfMonth(date), date.slice(0, 7)]
        : [date, date, date];
    asked.push({heading: `On ${said}`, path: `${base}&from=${from}&to=${to}&limit=20`,
      none: `Nothing recorded for ${country.name} on ${said} yet.`});
  }
  for (const option of form.elements.instruments.selectedOptions) {
    asked.push({heading: `About the ${option.value}`,
      path: `${base}&instrument=${encodeURIComponent(option.value)}&limit=5`,
      none: `Nothing recorded for ${country.name} on the ${option.value} yet.`});
  }
  if (!asked.length) {
    asked.push({heading: 'The latest', path: `${base}&limit=5`, none: `No statement of ${country.name} recorded yet.`});
  }
  const pages = await Promise.all(asked.map(a => read(a.path)));
  return [el('h3', {}, `Statements of ${country.name}`), ...asked.flatMap((a, i) => {
    const page = pages[i];
    if (!page.statements.length) return [el('p', {}, a.none)];
    return [el('h4', {}, a.heading + (page.total > page.statements.length
        ? ` (the ${page.statements.length} latest of ${page.total})` : '')),
      el('ul', {}, page.statements.map(s => el('li', {},
          `${formatDate(s.date, s.datePrecision)}, ${s.forum}: ${term('stances', s.stance)}`
          + (s.instruments.length ? ` on ${s.instruments.join(', ')}` : '') + `. ${shortened(s.summary)}`)))];
  }), timelineLink(country)];
}

/** The country's stockpiles as of today. */
async function stockpiles(form, country) {
  const position = await positionOf(country.code);
  if (!position.stockpiles.length) {
    return [el('p', {}, `No stockpile of ${country.name} recorded yet.`), timelineLink(country)];
  }
  return [el('h3', {}, `Stockpiles of ${country.name}`), el('ul', {}, position.stockpiles.map(s => el('li', {},
      `${s.weaponSystem} (${term('munitionCategories', s.category)}): ${term('stockpileStatuses', s.status)}, `
      + (s.declaredQuantity === null ? 'quantity unknown' : `${s.declaredQuantity} declared`)
      + (s.destroyed ? `, ${s.destroyed} destroyed` : '')
      + `, declared ${formatDate(s.declaredOn, s.declaredPrecision)}`))), timelineLink(country)];
}

/** The country's latest General Assembly vote on each instrument chosen (or on every one). */
async function votes(form, country) {
  const position = await positionOf(country.code);
  const chosen = [...form.elements.instruments.selectedOptions].map(o => o.value);
  const shown = position.votes.filter(v => !chosen.length || chosen.includes(v.instrument));
  const none = chosen.filter(i => !position.votes.some(v => v.instrument === i));
  if (!shown.length) {
    return [el('p', {}, `Nothing recorded for ${country.name}'s votes${chosen.length ? ' on the '
        + chosen.join(', the ') : ''} yet.`), timelineLink(country)];
  }
  return [el('h3', {}, `Votes of ${country.name}, the latest per instrument`), el('ul', {}, shown.map(v => el('li', {},
      `${v.instrument}: ${term('votes', v.vote)} on ${v.resolution} (${formatDate(v.date, v.datePrecision)})`))),
    none.length ? el('p', {}, `None on the ${none.join(', the ')} yet.`) : '', timelineLink(country)];
}

function lastOfMonth(date) {
  const [year, month] = date.split('-').map(Number);
  return `${date.slice(0, 7)}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

function shortened(text) {
  return text && text.length > 140 ? text.slice(0, 139) + '…' : (text || '');
}

const forms = document.getElementById('forms');
forms.append(...FORMS.map(drawForm));
document.getElementById('tabs').append(...FORMS.map(spec => el('li', {},
    el('a', {href: '#' + spec.id, id: 'tab-' + spec.id}, spec.tab))));
const catalogue = (await api('/api/instruments')).body;
for (const select of document.querySelectorAll('.instrument-select')) {
  select.append(...catalogue.map(i => el('option', {value: i.id}, `${i.id} — ${i.shortName}`)));
}
fillCountries(document.getElementById('countries'));

// Links from the timeline open a form filled in: record.html?country=BLR&statementId=…#amendment
const params = pageParams();
for (const [name, value] of params) {
  document.querySelectorAll(`[name="${CSS.escape(name)}"]`).forEach(input => input.value = value);
}
const opened = FORMS.find(f => '#' + f.id === location.hash);
if (opened) {
  const form = document.getElementById(opened.id);
  if (params.get('country')) form.dataset.country = params.get('country');
  if (params.get('entry')) form.dataset.entry = params.get('entry');
  await fillWithCurrentValues(form, params);
}
const initial = () => show(FORMS.some(f => '#' + f.id === location.hash) ? location.hash.slice(1) : FORMS[0].id);
window.addEventListener('hashchange', initial);
initial();
