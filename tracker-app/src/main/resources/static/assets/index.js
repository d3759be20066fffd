import {api, el, fillCountries, hasRole, startPage} from './app.js';

await startPage();
document.getElementById('card-record').hidden = !hasRole('DATA_ENTRY');
document.getElementById('card-audit').hidden = !hasRole('AUDITOR', 'ADMIN');
fillCountries(document.getElementById('countries'));
const catalogue = (await api('/api/instruments')).body;
document.getElementById('instruments').replaceChildren(...catalogue.map(instrument => el('tr', {},
    el('td', {}, el('a', {href: '/instrument.html?instrument=' + encodeURIComponent(instrument.id)}, instrument.id)),
    el('td', {}, instrument.name),
    el('td', {}, instrument.kind.replaceAll('_', ' ').toLowerCase()),
    el('td', {}, instrument.joining.replaceAll('_', ' ').toLowerCase()),
    el('td', {}, instrument.entryIntoForce || ''))));
