// The fields of the data-entry forms (record.html, catalogue.html), drawn from a declaration: the control's name is
// the JSON path of the write's body, so that formJson() reads it and showProblem() finds it by the field a problem
// names.
import {api, el} from './app.js';

/**
 * The values of the API's coded fields with their words (GET /api/vocabulary), as [value, label] pairs for
 * control()'s options: the pages keep no copy of the domain's lists. A kind of action shows its UNTC marker.
 */
export async function loadVocabulary() {
  const answer = await api('/api/vocabulary');
  if (!answer.ok) throw new Error('The vocabulary could not be read: ' + answer.status);
  const options = (terms, except = []) => terms.filter(t => !except.includes(t.value))
      .map(t => [t.value, t.label + (t.untcMarker ? ` (${t.untcMarker})` : '')]);
  return {raw: answer.body, options};
}
export const DATE_HINT = 'YYYY-MM-DD';
// The units of a delay in a treaty's words ({"months": 6}).
const DELAY_UNITS = [['days', 'days'], ['months', 'months'], ['years', 'years']];

/**
 * A labelled control with its hint: a select (options), an instrument picker, a textarea, a checkbox, a delay (an
 * amount named by the field, which a problem names, and its unit; both read by readDelays()) or an input; with
 * "removable", a box that sends the field as null (an amendment removing it).
 */
export function control(form, spec) {
  const id = `${form.id}-${spec.name.replaceAll('.', '-')}`;
  const hintId = spec.hint ? id + '-hint' : null;
  const common = {id, name: spec.name, 'aria-describedby': hintId, required: !spec.optional && !spec.checkbox,
    'data-send': spec.inPath ? 'no' : null};
  let input;
  if (spec.options) {
    // Nothing is preselected but a date's precision (day): an action or a stance is always chosen on purpose.
    const defaultPrecision = spec.name === 'datePrecision' && !spec.optional;
    input = el('select', common,
        el('option', {value: ''}, spec.empty
            || (spec.optional ? '— unchanged —' : defaultPrecision ? 'day (default)' : '— choose —')),
        spec.options.filter(([value]) => !(defaultPrecision && value === 'DAY'))
            .map(([value, text]) => el('option', {value}, text)));
  } else if (spec.select === 'instruments') {
    input = el('select', {...common, multiple: spec.multiple, 'data-type': spec.multiple ? 'list' : null,
      size: spec.multiple ? 6 : null, class: 'instrument-select'});
    if (!spec.multiple) input.append(el('option', {value: ''}, '— choose —'));
  } else if (spec.textarea) {
    input = el('textarea', common);
  } else if (spec.delay) {
    input = el('input', {...common, 'data-send': 'no', 'data-delay': 'amount', inputmode: 'numeric',
      autocomplete: 'off'});
  } else if (spec.checkbox) {
    input = el('input', {...common, type: 'checkbox', value: 'true'});
  } else {
    input = el('input', {...common, type: spec.type || 'text', list: spec.list,
      inputmode: spec.number ? 'numeric' : null, 'data-type': spec.number ? 'number' : null,
      placeholder: spec.hint === DATE_HINT ? DATE_HINT : null, autocomplete: 'off'});
  }
  const label = el('label', {for: id}, spec.label, spec.optional ? el('span', {class: 'optional'}, ' (optional)') : '');
  const unit = spec.delay ? el('select', {id: id + '-unit', name: spec.name + '-unit', 'data-send': 'no',
    'aria-label': spec.label + ': unit'}, DELAY_UNITS.map(([value, text]) =>
      el('option', {value, selected: value === spec.delay || null}, text))) : null;
  return el('div', {class: 'field' + (spec.wide ? ' wide' : '')},
      spec.checkbox ? el('span', {}, input, ' ', label) : [label, unit ? el('span', {class: 'delay'}, input, ' ', unit)
          : input],
      spec.hint && spec.hint !== DATE_HINT ? el('p', {class: 'hint', id: hintId}, spec.hint)
          : spec.hint ? el('p', {class: 'hint', id: hintId}, 'YYYY-MM-DD, e.g. 2008-09-29') : null,
      spec.removable ? el('span', {}, el('input', {type: 'checkbox', id: id + '-remove', 'data-null-for': spec.name}),
          ' ', el('label', {for: id + '-remove', class: 'optional'}, `remove the ${spec.label.toLowerCase()}`)) : null);
}

/**
 * Adds each delay of the form to the JSON read by formJson(): {"months": 3} under the field's path. An amount the
 * browser cannot read as a whole number is sent as it is, so that the server names the field.
 */
export function readDelays(form, json) {
  for (const amount of form.querySelectorAll('[data-delay="amount"]')) {
    const text = amount.value.trim();
    if (text === '' || amount.disabled) continue;
    const unit = form.elements[amount.name + '-unit'].value;
    const keys = amount.name.split('.');
    let target = json;
    keys.slice(0, -1).forEach(key => target = target[key] ??= {});
    target[keys[keys.length - 1]] = {[unit]: /^\d+$/.test(text) ? Number(text) : text};
  }
  return json;
}
