// Projection status and the rebuild, polled every second while a rebuild runs (every 5 s otherwise).
import {api, el, hasRole, startPage} from './app.js';

await startPage();
const rebuild = document.getElementById('rebuild');
rebuild.hidden = !hasRole('ADMIN');
const rebuildStatus = document.getElementById('rebuild-status');
let timer = null;

async function refresh() {
  clearTimeout(timer);
  const answer = await api('/api/admin/projections');
  let replaying = false;
  if (answer.ok) {
    const processor = answer.body.processors[0];
    replaying = processor.replaying;
    const percent = Math.round(processor.replayProgress * 1000) / 10;
    document.getElementById('status').replaceChildren(
        el('p', {}, `${processor.name}: ${processor.running ? 'running' : 'stopped'}${processor.error ? ', in error' : ''}; `
            + `position ${processor.position} of ${answer.body.headIndex} (lag ${processor.lag})`),
        replaying ? el('p', {}, el('label', {for: 'progress'}, 'Rebuild progress '),
            el('progress', {id: 'progress', max: '100', value: String(percent)}, `${percent}%`), ` ${percent}%`)
            : el('p', {class: 'done'}, processor.lag === 0 ? 'Up to date.' : 'Catching up.'),
        el('p', {class: 'muted'}, `Instances: ${processor.instances.map(i => i.nodeId + (i.self ? ' (this one)' : '')
            + ' holds ' + (i.segments.join(', ') || 'no segment')).join('; ')}`));
    document.querySelector('#segments tbody').replaceChildren(...processor.segments.map(s => el('tr', {},
        el('td', {class: 'number'}, s.segment), el('td', {class: 'number'}, s.position), el('td', {}, s.owner || '—'),
        el('td', {}, s.replaying ? 'yes' : 'no'))));
    rebuild.disabled = replaying;
  }
  timer = setTimeout(refresh, replaying ? 1000 : 5000);
}

rebuild.addEventListener('click', async () => {
  if (!confirm('Rebuild every read model from the event store? Reads answer "rebuilding" until it is done.')) return;
  const answer = await api('/api/admin/projections/replay', {method: 'POST'});
  rebuildStatus.textContent = answer.ok ? 'Rebuild started.' : `Refused (${answer.status}): ${answer.body?.detail || ''}`;
  refresh();
});

refresh();
