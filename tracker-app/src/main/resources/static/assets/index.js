import {announce, api, countriesMeant, el, fillCountries, hasRole, startPage, whichStates} from './app.js';

await startPage();
document.getElementById('card-record').hidden = !hasRole('DATA_ENTRY');
document.getElementById('card-audit').hidden = !hasRole('AUDITOR', 'ADMIN');
fillCountries(document.getElementById('countries'));
goToTheStateNamed(document.getElementById('country-form'));
const catalogue = (await api('/api/instruments')).body;
document.getElementById('instruments').replaceChildren(...catalogue.map(instrument => el('tr', {},
    el('td', {}, el('a', {href: '/instrument.html?instrument=' + encodeURIComponent(instrument.id)}, instrument.id)),
    el('td', {}, instrument.name),
    el('td', {}, instrument.kind.replaceAll('_', ' ').toLowerCase()),
    el('td', {}, instrument.joining.replaceAll('_', ' ').toLowerCase()),
    el('td', {}, instrument.entryIntoForce || ''))));

// "Belarus" typed and Enter pressed at once (before leaving the field turns it into BLR) opens Belarus's page; a name
// that may mean several states, or none, says so in the field's hint instead of opening a page that finds nothing.
function goToTheStateNamed(form) {
  const input = form.elements.country;
  const hint = document.getElementById('country-hint');
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const text = input.value.trim();
    if (/^[A-Za-z]{3}$/.test(text)) return location.assign('/country.html?country=' + text.toUpperCase());
    const found = text ? await countriesMeant(text) : [];
    if (found.length === 1) return location.assign('/country.html?country=' + found[0].code);
    const said = text ? whichStates(text, found) : 'Type a state\'s code or name, e.g. BLR or Belarus';
    hint.textContent = said;
    input.setAttribute('aria-invalid', 'true');
    announce(said);
    input.focus();
  });
}
