import {api, loadSession, session, setBearerToken, showProblem} from './app.js';

const form = document.getElementById('sign-in');
const target = sameOriginPath(new URLSearchParams(location.search).get('next'));

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

/**
 * Where to go after signing in: `next` if it is a path of this site, else the home page, so that a sign-in link
 * cannot send the user elsewhere. Browsers read '/\host' and '/<tab>/host' as '//host' (another host), so the
 * browser's own URL parser decides, and backslashes or control characters are refused before it is asked.
 */
function sameOriginPath(next) {
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  try {
    const url = new URL(next, location.origin);
    return url.origin === location.origin ? url.pathname + url.search + url.hash : '/';
  } catch {
    return '/';
  }
}
