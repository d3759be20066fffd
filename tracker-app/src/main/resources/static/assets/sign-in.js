import {api, loadSession, session, setBearerToken, showProblem} from './app.js';

const form = document.getElementById('sign-in');
const next = new URLSearchParams(location.search).get('next');
// Only a path of this site: a sign-in link must not be able to send the user elsewhere afterwards.
const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

await loadSession();
if (session.authenticated) location.replace(target);
const byToken = session.signIn === 'bearer-token';
document.getElementById('password-sign-in').hidden = byToken;
document.getElementById('token-sign-in').hidden = !byToken;
document.getElementById('demo-hint').hidden = byToken || location.hostname !== 'localhost';

form.addEventListener('submit', async event => {
  event.preventDefault();
  if (byToken) {
    setBearerToken(form.token.value.trim());
    const answer = await loadSession();
    if (answer.authenticated) return location.assign(target);
    setBearerToken(null);
    return showProblem(form, {status: 401, title: 'Sign-in failed', field: 'token',
      detail: 'the token was not accepted (expired, or not for this tracker)'});
  }
  const answer = await api('/api/session/sign-in', {method: 'POST',
    form: {username: form.username.value, password: form.password.value}});
  if (answer.ok) location.assign(target);
  else showProblem(form, answer.body);
});
