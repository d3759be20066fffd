// A country's page: its position as of a date (and as the tracker knew it at an instant), a chart of its status
// on each instrument over time, and its timeline with every change, newest or oldest first.
import {announce, api, bindViewForm, bodyOrProblem, countriesMeant, describeValue, el, fieldName, fillCountries,
  formatDate, formatInstant, hasRole, pageParams, startPage, STATUS_COLOURS, whichStates, words} from './app.js';
import {drawStatusChart} from './charts.js';

let entries = [];  // the history's entries, redrawn on every change of order or filter

await startPage();
const params = pageParams();
const country = params.get('country');
const view = document.getElementById('view');
fillCountries(document.getElementById('countries'));
bindViewForm(view, 'country');

if (country && !/^[A-Z]{3}$/.test(country)) {
  await openTheStateNamed(country);
} else if (country) {
  const knownAt = params.get('knownAt');
  const asOf = params.get('asOf');
  document.getElementById('title').textContent = country;
  const name = (await api('/api/countries')).body.find(c => c.code === country)?.name;
  document.getElementById('title').textContent = name ? `${name} (${country})` : country;
  document.title = `${name || country} (${country}) — Position tracker`;
  const profileQuery = new URLSearchParams({country});
  if (asOf) profileQuery.set('asOf', asOf);
  if (knownAt) profileQuery.set('knownAt', knownAt);
  document.getElementById('profile-page').href = `/profile.html?${profileQuery}`;
  document.getElementById('profile-link').hidden = false;
  await Promise.all([showPosition(asOf, knownAt), showStatusChart(knownAt), showTimeline(knownAt)]);
  showLinkedEntry();
} else {
  document.getElementById('title').textContent = 'Choose a country';
  document.querySelectorAll('main section').forEach(section => section.hidden = true);
}

/**
 * A name in the URL (the home page's field, a link typed by hand: ?country=Belarus) opens that state's page; a name
 * that may mean several states lists them, each a link, and one that means none says so.
 */
async function openTheStateNamed(text) {
  const found = await countriesMeant(text);
  if (found.length === 1) {
    const next = pageParams();
    next.set('country', found[0].code);
    location.replace(location.pathname + '?' + next);
    return new Promise(() => {});  // the page is being left
  }
  document.getElementById('title').textContent = 'Choose a country';
  document.querySelectorAll('main section').forEach(section => section.hidden = true);
  document.getElementById('problem').replaceChildren(el('p', {class: 'error', role: 'alert'}, whichStates(text, found),
      found.length > 1 ? el('span', {}, ': ', found.map(c => el('a', {href: '/country.html?country=' + c.code},
          c.label)).flatMap((a, i) => i ? [', ', a] : [a])) : ''));
}

/** A link to one entry (record.html's after an amendment: #entry-…) brings it into view once the timeline is drawn. */
function showLinkedEntry() {
  if (!location.hash.startsWith('#entry-')) return;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  target.classList.add('linked');
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({block: 'center'});
  target.focus({preventScroll: true});
}

async function showPosition(asOf, knownAt) {
  const query = new URLSearchParams();
  if (asOf) query.set('asOf', asOf);
  if (knownAt) query.set('knownAt', knownAt);
  const position = bodyOrProblem(await api(`/api/countries/${encodeURIComponent(country)}/position?${query}`),
      document.getElementById('problem'));
  if (!position) return;
  document.getElementById('position-caption').textContent = `As of ${position.asOf}`
      + (position.knownAt ? `, as known at ${formatInstant(position.knownAt)}` : '');
  const stances = new Map(position.stances.map(s => [s.instrument, s]));
  const votes = new Map(position.votes.map(v => [v.instrument, v]));
  const stanceCell = instrument => el('td', {}, stances.has(instrument) ? stanceText(stances.get(instrument)) : '');
  const voteCell = instrument => el('td', {}, votes.has(instrument) ? voteText(votes.get(instrument)) : '');
  const rows = position.instruments.map(i => el('tr', {},
      el('th', {scope: 'row'}, el('a', {href: '/instrument.html?instrument=' + encodeURIComponent(i.instrument)},
          i.instrument)),
      el('td', {}, statusBadge(i.status)),
      el('td', {}, formatDate(i.since, i.sincePrecision)),
      el('td', {}, words(i.action)),
      el('td', {}, inForceText(i)),
      stanceCell(i.instrument), voteCell(i.instrument)));
  // Instruments the state spoke or voted about without a status on them.
  const withStatus = new Set(position.instruments.map(i => i.instrument));
  for (const instrument of new Set([...stances.keys(), ...votes.keys()])) {
    if (!withStatus.has(instrument)) {
      rows.push(el('tr', {}, el('th', {scope: 'row'}, instrument), el('td', {}, '—'), el('td'), el('td'), el('td'),
          stanceCell(instrument), voteCell(instrument)));
    }
  }
  document.querySelector('#position tbody').replaceChildren(...(rows.length ? rows
      : [el('tr', {}, el('td', {colspan: 7}, 'Nothing recorded by this date.'))]));
  const stockpiles = document.getElementById('stockpiles');
  stockpiles.hidden = position.stockpiles.length === 0;
  stockpiles.querySelector('tbody').replaceChildren(...position.stockpiles.map(s => el('tr', {},
      el('th', {scope: 'row'}, s.weaponSystem), el('td', {}, s.category.replaceAll('_', ' ').toLowerCase()),
      el('td', {}, s.status.replaceAll('_', ' ').toLowerCase()),
      el('td', {class: 'number'}, s.declaredQuantity ?? 'unknown'), el('td', {class: 'number'}, s.destroyed ?? ''),
      el('td', {class: 'number'}, s.remaining ?? ''), el('td', {}, formatDate(s.declaredOn, s.declaredPrecision)),
      el('td', {}, s.note || ''))));
}

/** "since 2009-03-29", "from 2011-11-01" (a party still waiting), or nothing where the question does not arise. */
function inForceText(status) {
  if (status.inForce) return status.inForceSince ? `since ${status.inForceSince}` : 'yes';
  return status.entersIntoForce ? `from ${status.entersIntoForce}` : '';
}

function stanceText(stance) {
  return `${stance.stance.toLowerCase()} (${formatDate(stance.date, stance.datePrecision)}, ${stance.forum})`;
}

/** "yes on A/RES/79/56 (2024-12-02); of 2 votes: 1 yes, 1 abstain": the latest vote, then how they all went. */
function voteText(vote) {
  const cast = Object.entries(vote.counts).filter(([, n]) => n > 0);
  const total = cast.reduce((sum, [, n]) => sum + n, 0);
  return `${vote.vote.toLowerCase()} on ${vote.resolution} (${formatDate(vote.date, vote.datePrecision)})`
      + (total > 1 ? `; of ${total} votes: ${cast.map(([value, n]) => `${n} ${value.toLowerCase()}`).join(', ')}` : '');
}

function statusBadge(status) {
  return el('span', {class: 'status', style: `background:${STATUS_COLOURS[status] || '#5f6368'}`}, status);
}

async function showStatusChart(knownAt) {
  const query = knownAt ? '?knownAt=' + encodeURIComponent(knownAt) : '';
  const answer = await api(`/api/countries/${encodeURIComponent(country)}/status-timeline${query}`);
  if (!answer.ok) return;
  const timeline = answer.body;
  document.querySelector('#periods tbody').replaceChildren(...timeline.instruments.flatMap(i => i.periods.map(p =>
      el('tr', {}, el('th', {scope: 'row'}, i.instrument), el('td', {}, statusBadge(p.status)),
          el('td', {}, p.from), el('td', {}, p.to || 'now'), el('td', {}, words(p.action))))));
  drawStatusChart(document.getElementById('status-chart'), timeline.instruments);
}

async function showTimeline(knownAt) {
  const query = new URLSearchParams();
  if (knownAt) query.set('knownAt', knownAt);
  const history = bodyOrProblem(await api(`/api/countries/${encodeURIComponent(country)}/history?${query}`),
      document.getElementById('problem'));
  if (!history) return;
  entries = history.entries;
  const filter = document.getElementById('instrument-filter');
  const instruments = [...new Set(entries.flatMap(e => e.instruments))].sort();
  filter.append(...instruments.map(i => el('option', {value: i}, i)));
  const order = document.getElementById('order');
  const search = document.getElementById('search');
  let matching = null;  // the ids of the statements the text search found, or null: no search
  const redraw = () => drawTimeline(order.value, filter.value, knownAt, matching, search.q.value.trim());
  order.addEventListener('change', redraw);
  filter.addEventListener('change', redraw);
  // The full-text search of the statements API (English stemming, whatever instrument a statement is filed under).
  search.addEventListener('submit', async event => {
    event.preventDefault();
    const q = search.q.value.trim();
    matching = null;
    if (q) {
      const query = new URLSearchParams({country, q, limit: '500'});
      if (knownAt) query.set('knownAt', knownAt);
      const found = bodyOrProblem(await api(`/api/statements?${query}`), document.getElementById('problem'));
      if (!found) return;
      matching = new Set(found.statements.map(s => s.statementId));
    }
    redraw();
  });
  search.q.addEventListener('search', () => !search.q.value && search.requestSubmit());
  redraw();
}

function drawTimeline(order, instrument, knownAt, matching, q) {
  const shown = entries.filter(e => !instrument || e.instruments.includes(instrument))
      .filter(e => !matching || (e.kind === 'STATEMENT' && matching.has(e.details?.statementId)));
  if (order === 'newest') shown.reverse();
  document.getElementById('timeline').replaceChildren(...(shown.length ? shown.map(entry)
      : [el('li', {}, matching ? `No statement says “${q}”.` : 'Nothing recorded.')]));
  announce(matching ? `${shown.length} statements say “${q}”, ${order} first`
      : `${shown.length} entries shown, ${order} first`);
  const exportQuery = new URLSearchParams();
  if (instrument) exportQuery.set('instrument', instrument);
  if (knownAt) exportQuery.set('knownAt', knownAt);
  for (const format of ['csv', 'json']) {
    exportQuery.set('format', format);
    document.getElementById('export-' + format).href =
        `/api/countries/${encodeURIComponent(country)}/history?${exportQuery}`;
  }
}

function entry(e) {
  const d = e.details || {};
  const retracted = d.retracted === true;
  return el('li', {id: 'entry-' + e.id},
      el('div', {}, el('span', {class: 'when'}, formatDate(e.date, e.datePrecision)), ' ',
          el('span', {class: 'kind'}, e.kind.replaceAll('_', ' ').toLowerCase()), ' · ', e.instruments.join(', ')),
      el('div', {class: retracted ? 'retracted' : null}, describe(e, d)),
      retracted ? el('div', {class: 'error'}, 'Retracted') : null,
      el('div', {class: 'source'}, 'Source: ', e.source.url
          ? el('a', {href: e.source.url, rel: 'noopener noreferrer'}, e.source.citation) : e.source.citation),
      el('div', {class: 'source'}, `Recorded ${formatInstant(e.recordedAt)} by ${e.recordedBy}`),
      e.changes?.length ? el('ul', {class: 'changes'}, changesOf(e)) : null,
      links(e, d, retracted));
}

function describe(e, d) {
  switch (e.kind) {
    case 'TREATY_ACTION':
      return [`${words(d.action)} → ${d.resultingStatus}`,
        d.effectiveDate && d.effectiveDate !== e.date
            ? ` (effective ${formatDate(d.effectiveDate, d.effectivePrecision)})` : '',
        d.originalDate && d.originalDate !== e.date ? ` — first recorded as ${d.originalDate}` : '',
        d.note ? `. ${d.note}` : ''].join('');
    case 'STATEMENT':
      return `${d.stance.toLowerCase()}: ${d.summary} (${d.forum}${d.location ? ', ' + d.location : ''}`
          + `${d.speaker ? ', ' + d.speaker + (d.speakerRole ? ', ' + d.speakerRole : '') : ''})`
          + (d.quote ? ` “${d.quote}”` : '');
    case 'STOCKPILE_DECLARATION':
      return `${d.weaponSystem}: ${d.quantity ?? 'unknown number'}, ${d.status.replaceAll('_', ' ').toLowerCase()}`
          + `${d.origin ? ', ' + d.origin : ''} (${d.category.replaceAll('_', ' ').toLowerCase()})`
          + (d.note ? `. ${d.note}` : '');
    case 'STOCKPILE_DESTRUCTION':
      return `${d.weaponSystem}: ${d.quantityDestroyed ?? 'an unknown number'} destroyed`
          + (d.completed ? ', destruction completed' : '') + (d.note ? `. ${d.note}` : '');
    case 'VOTE':
      return `voted ${d.vote.toLowerCase()} on ${d.resolution}${d.title ? ' (' + d.title + ')' : ''}`;
    case 'RESERVATION':
      return `${d.kind.replaceAll('_', ' ').toLowerCase()} ${d.reservationId}`
          + (d.madeWith ? ` (on ${d.madeWith.replaceAll('_', ' ').toLowerCase()})` : '') + `: ${d.text}`
          + (d.withdrawn ? ` — withdrawn on ${d.withdrawnOn}` : '');
    default:
      return JSON.stringify(d);
  }
}

/**
 * The entry's changes, each with the source it stood on. A change without a source of its own (an amendment that
 * left the source as it was) is told apart from one citing a new source: it names the source still in force.
 */
function changesOf(e) {
  const replacing = e.changes.find(c => c.changedFields?.includes('source'));
  let inForce = replacing ? replacing.before?.source : e.source;
  let replaced = false;
  return e.changes.map(c => {
    const item = change(c, inForce, replaced);
    if (c.changedFields?.includes('source')) {
      inForce = c.after?.source;
      replaced = true;
    }
    return item;
  });
}

function change(c, inForce, replaced) {
  const fields = (c.changedFields || []).map(f =>
      `${fieldName(f)}: ${describeValue(c.before?.[f])} → ${describeValue(c.after?.[f])}`);
  const source = c.source?.citation ? ` Source of the change: ${c.source.citation}`
      : inForce?.citation ? ` No source of its own: source unchanged (${replaced ? 'still' : 'the original’s'}: `
          + `${inForce.citation})` : '';
  return el('li', {}, `${c.kind.replaceAll('_', ' ').toLowerCase()} ${formatInstant(c.recordedAt)} by ${c.recordedBy}`,
      fields.length ? ` (${fields.join('; ')})` : '', c.reason ? ` — “${c.reason}”` : '',
      source ? el('span', {class: 'source'}, source) : '');
}

function links(e, d, retracted) {
  const items = [];
  const recordId = e.kind === 'STATEMENT' ? d.statementId
      : e.kind === 'TREATY_ACTION' || e.kind === 'RESERVATION' ? `${country}:${e.instruments[0]}`
      : e.kind === 'VOTE' ? d.voteId : d.stockpileId;
  if (hasRole('DATA_ENTRY')) {
    // The amendment and revision forms fill themselves with the record's current values (this entry, found in the
    // country's history); the forms link back to the entry once the change is recorded.
    if (e.kind === 'STATEMENT' && !retracted) {
      const q = new URLSearchParams({statementId: d.statementId});
      const current = new URLSearchParams({statementId: d.statementId, country, entry: e.id});
      items.push(el('a', {href: `/record.html?${current}#amendment`}, 'Amend'),
          el('a', {href: `/record.html?${q}#retraction`}, 'Retract'));
    } else if (e.kind === 'TREATY_ACTION') {
      const q = new URLSearchParams({country, instrument: e.instruments[0], action: d.action, entry: e.id});
      const named = new URLSearchParams({country, instrument: e.instruments[0], action: d.action, date: e.date});
      items.push(el('a', {href: `/record.html?${q}#correction`}, 'Correct'),
          el('a', {href: `/record.html?${named}#treaty-action-void`}, 'Void'));
    } else if (e.kind === 'RESERVATION') {
      const q = new URLSearchParams({country, instrument: e.instruments[0], reservationId: d.reservationId});
      if (!d.withdrawn) items.push(el('a', {href: `/record.html?${q}#reservation-withdrawal`}, 'Withdraw'));
      items.push(el('a', {href: `/record.html?${q}#reservation-void`}, 'Void'));
    } else if (e.kind === 'VOTE') {
      const q = new URLSearchParams({voteId: d.voteId});
      items.push(el('a', {href: `/record.html?${q}#vote-correction`}, 'Correct'),
          el('a', {href: `/record.html?${q}#vote-void`}, 'Void'));
    } else if (e.kind === 'STOCKPILE_DECLARATION') {
      // The stockpile's id is COUNTRY:WEAPON-SYSTEM; a void takes the whole stockpile out.
      const q = new URLSearchParams({country, weaponSystem: d.stockpileId.slice(d.stockpileId.indexOf(':') + 1)});
      // A revision changes the stockpile's latest declaration: only that one is offered for revising.
      const sequence = entry => Number(entry.id.slice(entry.id.lastIndexOf('#') + 1));
      const latest = entries.filter(other => other.kind === 'STOCKPILE_DECLARATION'
          && other.details?.stockpileId === d.stockpileId).every(other => sequence(other) <= sequence(e));
      const current = new URLSearchParams({country, weaponSystem: d.weaponSystem, entry: e.id});
      if (latest) items.push(el('a', {href: `/record.html?${current}#revision`}, 'Revise'));
      items.push(el('a', {href: `/record.html?${q}#stockpile-void`}, 'Void the stockpile'));
    }
  }
  if (hasRole('AUDITOR', 'ADMIN') && recordId) {
    items.push(el('a', {href: '/audit.html?record=' + encodeURIComponent(recordId)}, 'Lineage'));
  }
  return items.length ? el('div', {class: 'source'}, items.flatMap((a, i) => i ? [' · ', a] : [a])) : null;
}
