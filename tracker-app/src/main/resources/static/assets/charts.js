// The two charts of the UI, drawn with Chart.js (loaded from its WebJar by the page). Dates are plotted as
// milliseconds on a linear axis labelled with ISO dates, which needs no date adapter.
import {STATUS_COLOURS} from './app.js';

const DAY = 86400000;
const dateLabel = value => new Date(value).toISOString().slice(0, 10);
const time = date => Date.parse(date + 'T00:00:00Z');

/** The calendar unit of a time axis: years over two years or more, months over two months or more, else days. */
function unitOf(min, max) {
  return max - min >= 730 * DAY ? 'year' : max - min >= 60 * DAY ? 'month' : 'day';
}

/**
 * Replaces the ticks Chart.js spaces evenly (which repeat a year's label when the span is short, and label an empty
 * axis with 1970) by the first days of years, months or days inside the axis, about ten of them, each label distinct.
 */
function calendarTicks(scale) {
  const unit = unitOf(scale.min, scale.max);
  const start = new Date(scale.min);
  const first = unit === 'year' ? Date.UTC(start.getUTCFullYear(), 0, 1)
      : unit === 'month' ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)
      : Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const span = unit === 'year' ? (scale.max - scale.min) / (365.25 * DAY)
      : unit === 'month' ? (scale.max - scale.min) / (30.44 * DAY) : (scale.max - scale.min) / DAY;
  const step = Math.max(1, Math.ceil(span / 10));
  const ticks = [];
  for (let i = 0; ; i += step) {
    const d = new Date(first);
    if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + i);
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + i);
    else d.setUTCDate(d.getUTCDate() + i);
    if (d.getTime() > scale.max) break;
    if (d.getTime() >= scale.min) ticks.push({value: d.getTime()});
  }
  scale.ticks = ticks;
}

/** A tick's label at the axis's unit: 2008, 2008-09 or 2008-09-29. */
function calendarLabel(value, scale) {
  const unit = unitOf(scale.min, scale.max);
  return dateLabel(value).slice(0, unit === 'year' ? 4 : unit === 'month' ? 7 : 10);
}

/** A time axis on calendar ticks. */
const timeAxis = extra => ({type: 'linear', afterBuildTicks: calendarTicks,
  ticks: {autoSkip: false, callback(value) { return calendarLabel(value, this); }}, ...extra});

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
      scales: {x: timeAxis({min: first - 365 * DAY, max: today})},
      plugins: {tooltip: {callbacks: {label: c => `${c.dataset.label}: ${dateLabel(c.raw.x[0])} – ${
          c.raw.x[1] >= today - DAY ? 'now' : dateLabel(c.raw.x[1])}`}}},
    },
  });
}

/**
 * Steps: the number of countries in each status on each date a status changed (from /participants/timeline). Draws
 * nothing and answers null when there is nothing to plot (no change, or no status ever held).
 */
export function drawCountsChart(canvas, points, statuses) {
  if (points.length === 0 || statuses.length === 0) return null;
  const today = Date.now();
  const last = points[points.length - 1];
  canvas.setAttribute('aria-label', 'Number of countries per status over time'
      + `; on ${last.date}: ` + statuses.map(s => `${s} ${last.counts[s] ?? 0}`).join(', '));
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: statuses.map(status => ({
        label: status, stepped: 'before', pointRadius: 0, borderWidth: 2,
        borderColor: STATUS_COLOURS[status] || '#5f6368', backgroundColor: STATUS_COLOURS[status] || '#5f6368',
        data: [...points.map(p => ({x: time(p.date), y: p.counts[status] ?? 0})),
          {x: today, y: last.counts[status] ?? 0}],
      })),
    },
    options: {
      maintainAspectRatio: false, animation: false, interaction: {mode: 'nearest', intersect: false, axis: 'x'},
      scales: {x: timeAxis({min: time(points[0].date), max: today}), y: {beginAtZero: true, ticks: {precision: 0}}},
      plugins: {tooltip: {callbacks: {title: items => items.length ? dateLabel(items[0].parsed.x) : ''}}},
    },
  });
}
