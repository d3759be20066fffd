// Shared by every page of the web UI: talking to the API (session cookie + CSRF token, or a bearer token), the
// page header, RFC 7807 problems shown next to the fields they name, and small DOM helpers. Plain ES modules, no
// build step: what the browser loads is what is in this folder.

const TOKEN_KEY = 'tracker.bearerToken';

/** The caller as GET /api/session describes them; null until loadSession() ran. */
export let session = null;

/** Builds an element: el('a', {href: '/'}, 'Home'). Text is always set as text, never parsed as HTML. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    // Through the CSSOM: a style attribute is what the Content-Security-Policy (style-src 'self') refuses.
    else if (name === 'style') element.style.cssText = value;
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** The query parameters of this page's URL. */
export function pageParams() {
  return new URLSearchParams(location.search);
}

/** The answer of an API call: status, the parsed JSON (or text) body and the headers. */
export class ApiAnswer {
  constructor(status, body, headers) {
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
  get ok() { return this.status >= 200 && this.status < 300; }
}

/**
 * Calls the API. A session's writes carry its CSRF token; in bearer-token mode every call carries the token.
 * A 401 sends the browser to the sign-in page and comes back here afterwards.
 */
export async function api(path, {method = 'GET', json, form, file, headers = {}} = {}) {
  const init = {method, credentials: 'same-origin', headers: {Accept: 'application/json', ...headers}};
  if (file !== undefined) {
    init.body = file;  // a File or Blob, sent as it is; the caller sets its Content-Type
  } else if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = new URLSearchParams(form);
  }
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) init.headers.Authorization = 'Bearer ' + token;
  if (method !== 'GET' && session && session.csrfHeader) init.headers[session.csrfHeader] = session.csrfToken;
  const response = await fetch(path, init);
  const type = response.headers.get('Content-Type') || '';
  const body = response.status === 204 ? null
      : type.includes('json') ? await response.json() : await response.text();
  if (response.status === 401 && !path.startsWith('/api/session')) {
    location.assign('/sign-in.html?next=' + encodeURIComponent(location.pathname + location.search));
  }
  return new ApiAnswer(response.status, body, response.headers);
}

/** Reads GET /api/session (which also hands out the CSRF token) into {@link session}. */
export async function loadSession() {
  session = (await api('/api/session')).body;
  return session;
}

export function hasRole(...roles) {
  return session && session.roles.some(role => roles.includes(role));
}

export function setBearerToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * Every page but sign-in starts here: makes sure someone is signed in (else goes to the sign-in page), then
 * draws the header with the pages the user's role opens.
 */
export async function startPage() {
  await loadSession();
  if (!session.authenticated) {
    location.replace('/sign-in.html?next=' + encodeURIComponent(location.pathname + location.search));
    return new Promise(() => {});  // the page is being left: nothing below should run
  }
  drawHeader();
  return session;
}

function drawHeader() {
  const links = [
    ['/', 'Home'],
    hasRole('DATA_ENTRY') && ['/record.html', 'Record'],
    hasRole('DATA_ENTRY') && ['/import.html', 'Import'],
    ['/country.html', 'Countries'],
    ['/profile.html', 'Profiles'],
    ['/instrument.html', 'Instruments'],
    ['/compare.html', 'Compare'],
    ['/catalogue.html', 'Catalogue'],
    hasRole('AUDITOR', 'ADMIN') && ['/audit.html', 'Audit'],
    // The read models' processor and its rebuild: the administrators' concern (others may read it at its URL).
    hasRole('ADMIN') && ['/admin.html', 'Administration'],
  ].filter(Boolean);
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const header = document.querySelector('header');
  header.replaceChildren(
      el('a', {href: '#main', class: 'skip'}, 'Skip to content'),
      el('span', {class: 'brand'}, 'Position tracker'),
      el('nav', {'aria-label': 'Pages'}, el('ul', {}, links.map(([href, text]) =>
          el('li', {}, el('a', {href, 'aria-current': href === here ? 'page' : null}, text))))),
      el('span', {class: 'user'}, `${session.username} (${session.roles.join(', ')})`,
          el('button', {type: 'button', id: 'sign-out', onclick: signOut}, 'Sign out')));
}

async function signOut() {
  if (sessionStorage.getItem(TOKEN_KEY)) setBearerToken(null);
  else await api('/api/session/sign-out', {method: 'POST'});
  location.assign('/sign-in.html');
}

/**
 * On a page of forms for one role (record, import): a user without it is told so in place of the forms, rather than
 * filling them in to learn on submit that the API refuses the write. Returns whether the user has the role.
 */
export function offerOnlyTo(role, what) {
  if (hasRole(role)) return true;
  const main = document.getElementById('main');
  main.replaceChildren(main.querySelector('h1'),
      el('div', {class: 'warning', id: 'role-notice'},
          el('p', {}, `Your role (${session.roles.join(', ')}) may read but not record: ${what} takes the ${role} `
              + 'role, which an administrator gives.'),
          el('p', {}, 'You can read what is recorded: ', el('a', {href: '/country.html'}, 'a country'), ', ',
              el('a', {href: '/instrument.html'}, 'an instrument'), ', ',
              el('a', {href: '/compare.html'}, 'several states side by side'), '.')));
  return false;
}

/**
 * Reads a form into the JSON of a write: each control's name is the field's path ("source.citation"); empty
 * controls are left out (absent = unchanged/unknown); data-type="number" sends a number, data-type="list" (a
 * multiple select or checkboxes) an array, and a checked box with data-null-for="field" sends that field as null
 * (an amendment removing it).
 */
export function formJson(form) {
  const json = {};
  for (const control of form.elements) {
    if (control.dataset.nullFor) {
      if (control.checked) setPath(json, control.dataset.nullFor, null);
      continue;
    }
    if (!control.name || control.disabled || control.dataset.send === 'no') continue;
    if (getPath(json, control.name) === null) continue;  // removed by its "remove" box
    let value;
    if (control.dataset.type === 'list') {
      if (control.type === 'checkbox') {
        const boxes = form.querySelectorAll(`[name="${control.name}"]:checked`);
        if (getPath(json, control.name) !== undefined || boxes.length === 0) continue;
        value = [...boxes].map(box => box.value);
      } else {
        value = [...control.selectedOptions].map(option => option.value);
        if (value.length === 0) continue;
      }
    } else {
      if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue;
      value = control.type === 'checkbox' ? true : control.value.trim();
      if (value === '') continue;
      // A number the browser cannot read stays text, so that the server names the field in its answer.
      if (control.dataset.type === 'number' && /^-?\d+$/.test(value)) value = Number(value);
    }
    setPath(json, control.name, value);
  }
  return json;
}

function setPath(target, path, value) {
  const keys = path.split('.');
  keys.slice(0, -1).forEach(key => target = target[key] ??= {});
  target[keys[keys.length - 1]] = value;
}

function getPath(target, path) {
  return path.split('.').reduce((node, key) => node?.[key], target);
}

/** Removes what showProblem() drew on the form. */
export function clearProblems(form) {
  form.querySelectorAll('.field-error').forEach(message => message.remove());
  form.querySelectorAll('[aria-invalid]').forEach(control => {
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') || '').split(' ')
        .filter(id => !id.startsWith('error-')).join(' ');
    if (described) control.setAttribute('aria-describedby', described);
    else control.removeAttribute('aria-describedby');
  });
  const summary = form.querySelector('.form-status');
  if (summary) summary.replaceChildren();
}

/**
 * Shows an RFC 7807 problem on a form: each error next to the control its field names (and the control marked
 * invalid, described by the message, the first one focused), the rest in the form's status area.
 */
export function showProblem(form, problem) {
  clearProblems(form);
  const errors = problem.errors?.length ? problem.errors
      : [{field: problem.field, message: problem.detail}];
  const unplaced = [];
  let first = null;
  errors.forEach((error, index) => {
    // A problem about an object ("source is required") lands on its first control (source.citation).
    const control = error.field && (form.querySelector(`[name="${cssEscape(error.field)}"]`)
        || form.querySelector(`[name^="${cssEscape(error.field + '.')}"]`));
    if (!control) {
      unplaced.push(error.field ? `${error.field}: ${error.message}` : error.message);
      return;
    }
    const id = `error-${form.id}-${index}`;
    const message = el('p', {class: 'field-error', id}, error.message);
    (control.closest('.field') || control.parentElement).append(message);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby',
        [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    first ??= control;
  });
  const status = form.querySelector('.form-status');
  status.replaceChildren(el('p', {class: 'error'},
      `${problem.title || 'Refused'} (${problem.status})${problem.rule ? ' — rule ' + problem.rule : ''}.`,
      unplaced.length ? ' ' + unplaced.join('; ') : ''));
  (first || status).focus?.();
}

function cssEscape(value) {
  return window.CSS?.escape ? CSS.escape(value) : value.replace(/"/g, '\\"');
}

/** Shows a success message in a form's status area. */
export function showDone(form, ...content) {
  clearProblems(form);
  form.querySelector('.form-status').replaceChildren(el('p', {class: 'done'}, ...content));
}

/** "2008-09-29", or "2008" / "2008-09" for dates known only to the year or month. */
/** A constant of the API (CONSENTED_TO_BE_BOUND) in words (consented to be bound). */
export function words(constant) {
  return constant ? constant.replaceAll('_', ' ').toLowerCase() : '';
}

export function formatDate(date, precision) {
  if (!date) return '';
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return date.slice(0, 7);
  return date;
}

/**
 * A recorded value in words, as the timeline and the lineage show a change: a dated value as its date at its
 * precision (2000, not 2000-01-01), a speaker by name and role, a source by its citation, a constant in words, a
 * list joined, nothing as "none"; anything else as "field: value" pairs.
 */
export function describeValue(value) {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(', ') : 'none';
  if (typeof value === 'object') {
    if ('date' in value && typeof value.date === 'string') return formatDate(value.date, value.precision);
    if ('citation' in value) return value.citation + (value.url ? ` (${value.url})` : '');
    if ('name' in value && Object.keys(value).every(k => k === 'name' || k === 'role')) {
      return value.name + (value.role ? `, ${value.role}` : '');
    }
    return Object.entries(value).filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${fieldName(k)}: ${describeValue(v)}`).join('; ');
  }
  if (typeof value === 'string' && /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{3,}$/.test(value) && value.length > 3) {
    return words(value);
  }
  return String(value);
}

/** A field's path as people say it: "actions.0.date.date" is "actions #1 date", "effectiveDate" "effective date". */
export function fieldName(path) {
  const parts = String(path).split('.').map(part => /^\d+$/.test(part) ? `#${Number(part) + 1}`
      : part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  // date.date, effectiveDate.date: the inner date says nothing the outer one does not.
  return parts.filter((part, i) => i === 0 || !(part === parts[i - 1] || parts[i - 1].endsWith(' ' + part)))
      .join(' ');
}

export function formatInstant(instant) {
  return instant ? instant.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
}

/**
 * The "view" form of the country and instrument pages: its subject field (country or instrument), the valid date
 * "as of", the instant "known at" and, where there is one, the basis of the counts. The pickers show local time, the URL and the API take an ISO instant; the
 * form fills itself from the page's URL and, on submit, loads the page again with the new choice in the URL.
 */
export function bindViewForm(form, subject) {
  const params = pageParams();
  form[subject].value = params.get(subject) || form[subject].value;
  form.asOf.value = params.get('asOf') || '';
  if (form.basis) form.basis.value = params.get('basis') || 'deposited';
  if (params.get('knownAt')) {
    const instant = new Date(params.get('knownAt'));
    form.knownAt.value = new Date(instant.getTime() - instant.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams({[subject]: form[subject].value.trim()});
    if (form.asOf.value) next.set('asOf', form.asOf.value);
    if (form.knownAt.value) next.set('knownAt', new Date(form.knownAt.value).toISOString());
    if (form.basis && form.basis.value !== 'deposited') next.set('basis', form.basis.value);
    location.assign(location.pathname + '?' + next);
  });
}

/**
 * Fills a <select> or <datalist> with the states of GET /api/countries, each shown as "Belarus (BLR)" (and its former
 * names: typing "Swaziland" offers Eswatini), and lets the fields that use the datalist find a state by name.
 */
export async function fillCountries(list) {
  const answer = await api('/api/countries');
  list.append(...answer.body.map(country => el('option', {value: country.code}, country.label
      + (country.formerNames.length ? ` — formerly ${country.formerNames.join(', ')}` : ''))));
  if (list.tagName === 'DATALIST') {
    // A page that resolves names itself (compare: on Add) marks its field data-lookup="self".
    document.querySelectorAll(`input[list="${list.id}"]:not([data-lookup="self"])`).forEach(findCountryByName);
  }
}

/**
 * A name typed in a country field ("Belarus", "ivoire") becomes the state's code (BLR, CIV) when the field is left,
 * as GET /api/countries?name= finds it; the field's hint then says which state that is, or which states the name may
 * mean (and a screen reader hears it).
 */
function findCountryByName(input) {
  const hint = document.getElementById((input.getAttribute('aria-describedby') || '').split(' ')[0]);
  const usual = hint ? hint.textContent : '';
  input.addEventListener('change', async () => {
    const text = input.value.trim();
    if (/^[A-Z]{3}$/.test(text) || text.length < 2) {
      if (hint) hint.textContent = usual;
      return;
    }
    const found = await countriesMeant(text);
    if (found.length === 1) input.value = found[0].code;
    const said = whichStates(text, found);
    if (hint) hint.textContent = said;
    announce(said);
  });
}

/** What a name typed in a country field found, in words: the state, the states it may mean, or none. */
export function whichStates(text, found) {
  if (found.length === 1) return found[0].label;
  if (found.length) return 'Which one? ' + found.slice(0, 6).map(c => c.label).join(', ') + (found.length > 6 ? ', …' : '');
  return `No state is called “${text}”: type its code or another name`;
}

/** The states a name ("Belarus", "ivoire", "Korea") may mean, best first, as GET /api/countries?name= finds them. */
export async function countriesMeant(text) {
  return (await api('/api/countries?name=' + encodeURIComponent(text))).body || [];
}

/** Fills a <select> with the instruments of GET /api/instruments; returns the catalogue. */
export async function fillInstruments(select) {
  const catalogue = (await api('/api/instruments')).body;
  select.append(...catalogue.map(instrument =>
      el('option', {value: instrument.id}, `${instrument.id} — ${instrument.shortName}`)));
  return catalogue;
}

/** A text for a screen reader's live region (#announce), e.g. "12 entries shown". */
export function announce(text) {
  const region = document.getElementById('announce');
  if (region) region.textContent = text;
}

/** The answer's body if the call succeeded, else the problem shown in the element given. */
export function bodyOrProblem(answer, where) {
  if (answer.ok) return answer.body;
  const problem = typeof answer.body === 'object' ? answer.body : {status: answer.status, detail: answer.body};
  where.replaceChildren(el('p', {class: 'error', role: 'alert'},
      `${problem.title || 'Error'} (${answer.status}): ${problem.detail || ''}`,
      answer.status === 503 ? ' The read models are being rebuilt; try again in a moment.' : ''));
  return null;
}

/** The colours of the statuses, shared by the charts and the badges (white text on each: contrast ≥ 4.5:1). */
export const STATUS_COLOURS = {
  NONE: '#5f6368', SIGNATORY: '#8f5c00', PROVISIONALLY_APPLYING: '#00696b', PARTY: '#1a7f37',
  DEPOSITED_NOT_IN_FORCE: '#4d6b2f', WITHDRAWN: '#b3261e', MEMBER: '#0b57d0', ADHERENT: '#7b3fb5',
};
