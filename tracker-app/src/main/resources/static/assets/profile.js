// A country's profile: the prose the tracker writes from its record (GET /api/countries/{c}/profile), footnoted,
// as of a date and as known at an instant; printable (profile.css hides the page's controls on paper).
import {api, bindViewForm, bodyOrProblem, fillCountries, pageParams, startPage} from './app.js';

await startPage();
const params = pageParams();
const country = params.get('country');
fillCountries(document.getElementById('countries'));
bindViewForm(document.getElementById('view'), 'country');

if (country) {
  const query = new URLSearchParams();
  if (params.get('asOf')) query.set('asOf', params.get('asOf'));
  if (params.get('knownAt')) query.set('knownAt', params.get('knownAt'));
  const path = `/api/countries/${encodeURIComponent(country)}/profile`;
  const answer = await api(`${path}?${query}&fragment=true`, {headers: {Accept: 'text/html'}});
  const html = bodyOrProblem(answer, document.getElementById('problem'));
  if (html !== null) {
    // The server escapes every recorded text; parsed apart (no script runs) and moved in, never run as markup here.
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.getElementById('profile').replaceChildren(...parsed.body.childNodes);
    const name = document.querySelector('#profile h2')?.textContent || country;
    document.getElementById('title').textContent = `Profile: ${name}`;
    document.title = `${name} — country profile — Position tracker`;
    document.getElementById('markdown').href = `${path}?${query}&format=md`;
    document.getElementById('document').href = `${path}?${query}&format=html`;
    document.getElementById('country-page').href = `/country.html?${new URLSearchParams({country, ...Object.fromEntries(query)})}`;
    document.getElementById('print').addEventListener('click', () => window.print());
    document.getElementById('links').hidden = false;
  }
} else {
  document.getElementById('title').textContent = 'Country profile: choose a country';
}
