// The catalogue: every instrument with its final clauses, for every role; for admins, the forms that register an
// instrument (POST /api/instruments) and amend one (POST /api/instruments/{id}/amendments), whose problems are shown
// next to the fields they name. Others see why the forms are not there: the server refuses them the writes anyway.
import {api, announce, bodyOrProblem, el, formatDate, formJson, hasRole, session, showDone, showProblem, startPage,
  words} from './app.js';
import {control, DATE_HINT, loadVocabulary, readDelays} from './forms.js';

await startPage();
const {raw: vocabulary, options} = await loadVocabulary();
const PRECISIONS = options(vocabulary.datePrecisions);
const KINDS = options(vocabulary.instrumentKinds);
const JOINING = options(vocabulary.joiningProcedures);
const COUNTING = options(vocabulary.entryIntoForceCounting);
const EARLY = options(vocabulary.earlyDeposits);
const PROVISIONAL = options(vocabulary.provisionalApplication);

const source = [{name: 'source.citation', label: 'Source citation', wide: true, hint: 'e.g. "Text of the treaty, Art. 18-21"'},
  {name: 'source.url', label: 'Source URL', optional: true, type: 'url'}];
const date = (name, label, optional = true) => ({name, label, optional, hint: DATE_HINT});

const FORMS = [
  {id: 'register', title: 'Register an instrument', button: 'Register',
    intro: 'An instrument the catalogue lacks, with its final clauses; states may act on it at once.',
    path: () => '/api/instruments',
    fields: [{name: 'id', label: 'Id', hint: '2 to 32 upper-case letters, digits or hyphens, e.g. CPPNM'},
      {name: 'shortName', label: 'Short name'}, {name: 'name', label: 'Full name', wide: true},
      {name: 'kind', label: 'Kind', options: KINDS}, {name: 'joining', label: 'How states join', options: JOINING},
      {name: 'depositary', label: 'Depositary', optional: true, wide: true},
      {name: 'depositaryReference', label: 'Depositary\'s reference', optional: true, hint: 'e.g. XXVI-6'},
      date('openedOn', 'Opened for signature (or adopted)', false),
      {name: 'openedOnPrecision', label: 'Known to the', optional: true, options: PRECISIONS, empty: 'day (default)'},
      date('signatureOpenUntil', 'Open for signature until'), date('entryIntoForce', 'Entered into force on'),
      {name: 'parent', label: 'Parent instrument', optional: true, select: 'instruments', hint: 'e.g. CCW for a protocol'},
      {name: 'clauses.consentArticle', label: 'Article on consent', optional: true, hint: 'e.g. Art. 18-19'},
      {name: 'clauses.entryIntoForce.counting', label: 'In force for a state, counted', options: COUNTING},
      {name: 'clauses.entryIntoForce.delay', label: 'after', optional: true, delay: 'days',
        hint: 'empty: no delay; none for joining or every state'},
      {name: 'clauses.entryIntoForce.early', label: 'A deposit before the instrument is in force gives', optional: true,
        options: EARLY, empty: '— choose (when counting from deposit) —'},
      {name: 'clauses.withdrawalArticle', label: 'Article on withdrawal', optional: true},
      {name: 'clauses.withdrawalNotice', label: 'Withdrawal takes effect after', optional: true, delay: 'months'},
      {name: 'clauses.provisionalApplication', label: 'Provisional application', optional: true, options: PROVISIONAL,
        empty: 'not provided (default)'},
      {name: 'clauses.provisionalArticle', label: 'Article on provisional application', optional: true},
      {name: 'clauses.acceptanceWithoutSignature', label: 'Acceptance and approval open to states that did not sign',
        checkbox: true},
      {name: 'clauses.suspension', label: 'A party may suspend it', checkbox: true},
      {name: 'reason', label: 'Reason', optional: true, textarea: true, wide: true}, ...source]},
  {id: 'amend', title: 'Amend an instrument', button: 'Amend',
    intro: 'Only the fields you fill in change, and those you tick "remove" are removed; each command after the '
        + 'amendment is checked against the new clauses.',
    path: f => `/api/instruments/${encodeURIComponent(f.instrument || '-')}/amendments`,
    fields: [{name: 'instrument', label: 'Instrument', select: 'instruments', inPath: true},
      {name: 'shortName', label: 'Short name', optional: true}, {name: 'name', label: 'Full name', optional: true, wide: true},
      {name: 'depositary', label: 'Depositary', optional: true, wide: true, removable: true},
      {...date('signatureOpenUntil', 'Open for signature until'), removable: true},
      {...date('entryIntoForce', 'Entered into force on'), removable: true},
      {name: 'clauses.consentArticle', label: 'Article on consent', optional: true, removable: true},
      {name: 'clauses.withdrawalArticle', label: 'Article on withdrawal', optional: true, removable: true},
      {name: 'clauses.withdrawalNotice', label: 'Withdrawal takes effect after', optional: true, delay: 'months',
        removable: true},
      {name: 'clauses.provisionalApplication', label: 'Provisional application', optional: true, options: PROVISIONAL,
        removable: true},
      {name: 'clauses.provisionalArticle', label: 'Article on provisional application', optional: true,
        removable: true},
      {name: 'reason', label: 'Reason', textarea: true, wide: true, hint: 'Why the definition changes'}, ...source]},
];

function drawForm(spec) {
  const form = el('form', {id: spec.id, class: 'panel', novalidate: true, 'aria-labelledby': spec.id + '-heading'},
      el('h3', {id: spec.id + '-heading'}, spec.title),
      el('p', {class: 'muted'}, spec.intro),
      el('div', {class: 'fields'}),
      el('div', {class: 'actions'}, el('button', {type: 'submit'}, spec.button),
          el('button', {type: 'reset', class: 'secondary'}, 'Clear')),
      el('div', {class: 'form-status', role: 'status', tabindex: '-1', 'aria-live': 'polite'}));
  form.querySelector('.fields').append(...spec.fields.map(f => control(form, f)));
  // One key per filled-in form: a double click registers or amends nothing twice.
  form.dataset.idempotencyKey = crypto.randomUUID();
  form.addEventListener('input', () => form.dataset.idempotencyKey = crypto.randomUUID());
  form.addEventListener('submit', event => submit(event, spec, form));
  return form;
}

async function submit(event, spec, form) {
  event.preventDefault();
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const pathFields = Object.fromEntries(spec.fields.filter(f => f.inPath)
        .map(f => [f.name, form.elements[f.name].value.trim()]));
    const answer = await api(spec.path(pathFields), {method: 'POST', json: readDelays(form, formJson(form)),
      headers: {'Idempotency-Key': form.dataset.idempotencyKey}});
    if (!answer.ok) {
      showProblem(form, typeof answer.body === 'object' ? answer.body : {status: answer.status, detail: answer.body});
      return;
    }
    const id = answer.body.instrumentId;
    showDone(form, `${spec.id === 'register' ? 'Registered' : 'Amended'}: ${id}, version ${answer.body.version}. `,
        el('a', {href: '#row-' + id}, 'See it in the catalogue'), ' · ',
        el('a', {href: '/instrument.html?instrument=' + encodeURIComponent(id)}, 'its participants'));
    form.querySelector('.form-status').focus();
    await refresh();
  } finally {
    button.disabled = false;
  }
}

function clausesText(c) {
  return [c.consentArticle && 'consent ' + c.consentArticle, c.withdrawalArticle && 'withdrawal ' + c.withdrawalArticle,
    c.provisionalApplication !== 'NOT_PROVIDED'
        && `provisional application ${words(c.provisionalApplication)}${c.provisionalArticle ? ' (' + c.provisionalArticle + ')' : ''}`,
    c.acceptanceWithoutSignature && 'acceptance without signature', c.suspension && 'suspension']
      .filter(Boolean).join('; ');
}

/** Draws the catalogue table and refills the instrument pickers, keeping what they show. */
async function refresh() {
  const catalogue = bodyOrProblem(await api('/api/instruments'), document.getElementById('catalogue-caption'));
  if (!catalogue) return;
  document.querySelector('#catalogue tbody').replaceChildren(...catalogue.map(i => el('tr', {id: 'row-' + i.id},
      el('th', {scope: 'row'}, el('a', {href: '/instrument.html?instrument=' + encodeURIComponent(i.id)}, i.id)),
      el('td', {}, i.name), el('td', {}, i.depositary || '—'),
      el('td', {}, formatDate(i.openedOn, i.openedOnPrecision)), el('td', {}, i.signatureOpenUntil || ''),
      el('td', {}, i.entryIntoForce || ''), el('td', {}, i.entryIntoForceRule),
      el('td', {}, i.withdrawalNotice || '—'), el('td', {}, clausesText(i.clauses)))));
  document.getElementById('catalogue-caption').textContent = `${catalogue.length} instruments`;
  for (const select of document.querySelectorAll('.instrument-select')) {
    const chosen = select.value;
    select.replaceChildren(el('option', {value: ''}, '— choose —'),
        ...catalogue.map(i => el('option', {value: i.id}, `${i.id} — ${i.shortName}`)));
    select.value = chosen;
  }
  announce(`${catalogue.length} instruments in the catalogue`);
}

if (hasRole('ADMIN')) {
  const forms = document.getElementById('admin-forms');
  forms.append(...FORMS.map(drawForm));
  forms.hidden = false;
} else {
  const notice = document.getElementById('admin-only');
  notice.textContent = `Only an admin registers or amends instruments; you are signed in as ${session.username} `
      + `(${session.roles.join(', ')}). Ask an admin, or read the clauses below.`;
  notice.hidden = false;
}
await refresh();
