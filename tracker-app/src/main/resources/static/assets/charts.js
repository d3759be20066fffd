// The two charts of the UI, drawn with Chart.js (loaded from its WebJar by the page). Dates are plotted as
// milliseconds on a linear axis labelled with ISO dates, which needs no date adapter.
import {STATUS_COLOURS} from './app.js';

const DAY = 86400000;
const dateLabel = value => new Date(value).toISOString().slice(0, 10);
const time = date => Date.parse(date + 'T00:00:00Z');

/** Floating bars: one row per instrument, one bar per period of a status (from /status-timeline). */
export function drawStatusChart(canvas, instruments) {
  const today = Date.now();
  const statuses = [...new Set(instruments.flatMap(i => i.periods.map(p => p.status)))];
  const first = Math.min(...instruments.flatMap(i => i.periods.map(p => time(p.from))), today);
  canvas.setAttribute('aria-label', 'Status per instrument over time: ' + instruments.map(i =>
      `${i.instrument}: ${i.periods.map(p => `${p.status} from ${p.from}`).join(', ')}`).join('; '));
  canvas.parentElement.style.height = Math.max(8, 3 + instruments.length * 2.2) + 'rem';
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: instruments.map(i => i.instrument),
      datasets: statuses.map(status => ({
        label: status,
        backgroundColor: STATUS_COLOURS[status] || '#5f6368',
        grouped: false,
        data: instruments.flatMap(i => i.periods.filter(p => p.status === status)
            .map(p => ({y: i.instrument, x: [time(p.from), p.to ? time(p.to) : today]}))),
      })),
    },
    options: {
      indexAxis: 'y', maintainAspectRatio: false, animation: false,
      scales: {x: {type: 'linear', min: first - 365 * DAY, max: today, ticks: {callback: v => dateLabel(v).slice(0, 4)}}},
      plugins: {tooltip: {callbacks: {label: c => `${c.dataset.label}: ${dateLabel(c.raw.x[0])} – ${
          c.raw.x[1] >= today - DAY ? 'now' : dateLabel(c.raw.x[1])}`}}},
    },
  });
}

/** Steps: the number of countries in each status on each date a status changed (from /participants/timeline). */
export function drawCountsChart(canvas, points, statuses) {
  const today = Date.now();
  const last = points.length ? points[points.length - 1] : null;
  canvas.setAttribute('aria-label', 'Number of countries per status over time' + (last
      ? `; on ${last.date}: ` + statuses.map(s => `${s} ${last.counts[s] ?? 0}`).join(', ') : ''));
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: statuses.map(status => ({
        label: status, stepped: 'before', pointRadius: 0, borderWidth: 2,
        borderColor: STATUS_COLOURS[status] || '#5f6368', backgroundColor: STATUS_COLOURS[status] || '#5f6368',
        data: [...points.map(p => ({x: time(p.date), y: p.counts[status] ?? 0})),
          ...(last ? [{x: today, y: last.counts[status] ?? 0}] : [])],
      })),
    },
    options: {
      maintainAspectRatio: false, animation: false, interaction: {mode: 'nearest', intersect: false, axis: 'x'},
      scales: {x: {type: 'linear', ticks: {callback: v => dateLabel(v).slice(0, 4)}},
        y: {beginAtZero: true, ticks: {precision: 0}}},
      plugins: {tooltip: {callbacks: {title: items => items.length ? dateLabel(items[0].parsed.x) : ''}}},
    },
  });
}
