// The data-entry forms. Each form is declared below (its fields, named by the JSON path of the write's body, and
// its endpoint) and drawn the same way; the server validates, and its problems are shown next to the fields.
import {api, el, fillCountries, formJson, hasRole, offerOnlyTo, pageParams, showDone, showProblem,
  startPage} from './app.js';
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
