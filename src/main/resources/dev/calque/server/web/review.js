// The review page: check a text with POST /api/check, mark the findings in place, let a copy editor
// accept or reject each suggestion, and download the corrected text and the decisions.
// Offsets from the API are UTF-16 indices, the same as JavaScript string indices.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { text: '', language: 'en', source: 'auto', findings: [], current: -1 };

async function loadLanguages() {
  const info = await (await fetch('api/info')).json();
  for (const l of info.languages) {
    $('lang').add(new Option(l.name + ' (' + l.code + ')', l.code));
  }
  $('lang').addEventListener('change', () => fillSources(info));
  fillSources(info);
}

function fillSources(info) {
  const lang = info.languages.find((l) => l.code === $('lang').value) || { sources: [] };
  const select = $('source');
  while (select.options.length > 2) select.remove(2);
  for (const s of lang.sources) select.add(new Option(s, s));
}

function status(message, isError) {
  $('status').textContent = message;
  $('status').className = isError ? 'error' : '';
}

async function check() {
  const text = $('input').value;
  if (!text.trim()) { status('Paste or open a text first.', true); return; }
  status('Checking…');
  $('check').disabled = true;
  try {
    const response = await fetch('api/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, language: $('lang').value, sourceLanguage: $('source').value,
        minConfidence: Number($('min').value) }),
    });
    const body = await response.json();
    if (!response.ok) { status(body.error || ('The server answered ' + response.status), true); return; }
    const doc = body.documents[0];
    state.text = text;
    state.language = doc.language;
    state.source = doc.sourceLanguage;
    state.findings = doc.findings.map((f, i) => ({ ...f, id: i, decision: 'pending', chosen: 0 }));
    state.current = -1;
    const notes = (doc.notes || []).join(' ');
    status(doc.findings.length + ' findings in ' + doc.words + ' words' + (notes ? '. ' + notes : '.'));
    $('review').hidden = false;
    render();
  } catch (e) {
    status('Could not reach calque: ' + e.message, true);
  } finally {
    $('check').disabled = false;
  }
}

function overlaps(a, b) { return a.start < b.end && b.start < a.end; }

function accepted() { return state.findings.filter((f) => f.decision === 'accepted'); }

function blocked(f) { return accepted().some((a) => a !== f && overlaps(a, f)); }

// The text with accepted suggestions applied; the findings in force are never overlapping.
function correctedText() {
  let out = '';
  let pos = 0;
  for (const f of accepted().sort((a, b) => a.start - b.start)) {
    out += state.text.slice(pos, f.start) + f.suggestions[f.chosen].replacement;
    pos = f.end;
  }
  return out + state.text.slice(pos);
}

// Splits the text at every finding's ends; each piece is marked by the shortest finding covering it.
function render() {
  const doc = $('doc');
  doc.textContent = '';
  const taken = accepted().sort((a, b) => a.start - b.start);
  const open = state.findings.filter((f) => f.decision !== 'accepted');
  const cuts = new Set([0, state.text.length]);
  for (const f of state.findings) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const firstPiece = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const edit = taken.find((a) => a.start <= from && to <= a.end);
    if (edit) {
      if (from === edit.start) doc.appendChild(insertion(edit));
      continue;
    }
    const piece = state.text.slice(from, to);
    const covering = open.filter((f) => f.start <= from && to <= f.end && f.start < f.end);
    if (!covering.length) { doc.appendChild(document.createTextNode(piece)); continue; }
    covering.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    const f = covering[0];
    const mark = document.createElement('mark');
    mark.textContent = piece;
    mark.className = f.decision === 'rejected' ? 'rejected' : 'sev-' + worst(covering);
    mark.dataset.finding = f.id;
    mark.title = tooltip(f);
    if (!firstPiece.has(f.id)) {
      firstPiece.add(f.id);
      mark.id = 'f-' + f.id;
      mark.tabIndex = 0;
    }
    doc.appendChild(mark);
  }
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  state.findings.forEach((f) => counts[f.decision]++);
  $('summary').textContent = state.findings.length + ' findings: ' + counts.accepted + ' accepted, '
    + counts.rejected + ' rejected, ' + counts.pending + ' to review';
  if (state.current >= 0) show(state.current, false);
}

function insertion(f) {
  const ins = document.createElement('ins');
  ins.className = 'accepted';
  ins.id = 'f-' + f.id;
  ins.tabIndex = 0;
  ins.dataset.finding = f.id;
  ins.textContent = f.suggestions[f.chosen].replacement || '\u2060';
  ins.title = 'accepted: "' + state.text.slice(f.start, f.end) + '" → "' + f.suggestions[f.chosen].replacement + '"';
  return ins;
}

const SEVERITY = ['minor', 'major', 'critical'];
function worst(findings) {
  return SEVERITY[Math.max(...findings.map((f) => SEVERITY.indexOf(f.severity)))];
}

function tooltip(f) {
  return f.message + '\n' + f.category + ', ' + f.severity + ', confidence ' + f.confidence.toFixed(2)
    + (f.suggestions.length ? '\nsuggestion: "' + f.suggestions[0].replacement + '"' : '');
}

// Shows finding k in the side panel and, when asked, moves the focus to it.
function show(k, focus) {
  state.current = k;
  const f = state.findings[k];
  document.querySelectorAll('.current').forEach((e) => e.classList.remove('current'));
  const el = $('f-' + k) || document.querySelector('[data-finding="' + k + '"]');
  if (el) { el.classList.add('current'); if (focus) el.focus(); }
  const d = $('details');
  d.textContent = '';
  const head = document.createElement('div');
  head.className = 'details-head';
  head.append(badge(f.severity, 'badge sev-' + f.severity), badge(f.category), badge('confidence ' + f.confidence.toFixed(2)),
    badge(f.rule));
  const text = document.createElement('p');
  text.append('"', strong(state.text.slice(f.start, f.end)), '" — ' + f.message);
  const list = document.createElement('ul');
  list.className = 'suggestions';
  f.suggestions.forEach((s, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'accept-suggestion';
    b.textContent = 'Accept "' + (s.replacement || '(delete)') + '" (' + s.confidence.toFixed(2) + ')';
    b.disabled = f.decision !== 'pending' || blocked(f);
    b.addEventListener('click', () => decide(k, 'accepted', i));
    li.append(b);
    list.append(li);
  });
  const decision = document.createElement('p');
  decision.className = 'decision';
  decision.textContent = f.decision === 'pending' ? (blocked(f) ? 'Overlaps an accepted change.' : 'To review.')
    : (f.decision === 'accepted' ? 'Accepted.' : 'Rejected.');
  const buttons = document.createElement('div');
  buttons.append(button('Reject', 'reject', () => decide(k, 'rejected'), f.decision !== 'pending'),
    button('Undo', 'undo', () => decide(k, 'pending'), f.decision === 'pending'),
    button('Next', 'next', () => move(1), false));
  d.append(head, text, list, decision, buttons);
}

function badge(text, cls) {
  const s = document.createElement('span');
  s.className = cls || 'badge';
  s.textContent = text;
  return s;
}

function strong(text) {
  const s = document.createElement('strong');
  s.textContent = text;
  return s;
}

function button(label, id, action, disabled) {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.textContent = label;
  b.disabled = disabled;
  b.addEventListener('click', action);
  return b;
}

function decide(k, decision, suggestion) {
  const f = state.findings[k];
  if (decision === 'accepted' && (!f.suggestions.length || blocked(f))) return;
  f.decision = decision;
  if (suggestion !== undefined) f.chosen = suggestion;
  render();
  show(k, true);
}

function move(step) {
  const n = state.findings.length;
  if (!n) return;
  const next = state.current < 0 ? (step > 0 ? 0 : n - 1) : (state.current + step + n) % n;
  show(next, true);
}

// Accepts, most confident first, every pending best suggestion at or above the threshold that does
// not overlap a change already made.
function acceptAll() {
  const t = Number($('threshold').value);
  const candidates = state.findings.filter((f) => f.decision === 'pending' && f.suggestions.length
    && f.suggestions[0].confidence >= t).sort((a, b) => b.suggestions[0].confidence - a.suggestions[0].confidence);
  let n = 0;
  for (const f of candidates) {
    if (!blocked(f)) { f.decision = 'accepted'; f.chosen = 0; n++; }
  }
  render();
  status(n + ' suggestions accepted at confidence ' + t + ' or above.');
}

function download(name, type, content) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function decisions() {
  return JSON.stringify({
    tool: 'calque', language: state.language, sourceLanguage: state.source,
    decisions: state.findings.map((f) => ({
      rule: f.rule, category: f.category, severity: f.severity, confidence: f.confidence,
      start: f.start, end: f.end, text: f.text, message: f.message, decision: f.decision,
      replacement: f.decision === 'accepted' ? f.suggestions[f.chosen].replacement : null,
    })),
  }, null, 2);
}

function readFile(file) {
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => { $('input').value = reader.result; status('Opened ' + file.name + '.'); };
  reader.onerror = () => status('Could not read ' + file.name + '.', true);
  reader.readAsText(file, 'utf-8');
}

document.addEventListener('keydown', (e) => {
  if (e.target.closest && e.target.closest('textarea, input, select') || e.ctrlKey || e.metaKey || e.altKey) return;
  if ($('review').hidden) return;
  const keys = { n: () => move(1), j: () => move(1), p: () => move(-1), k: () => move(-1),
    a: () => state.current >= 0 && decide(state.current, 'accepted', state.findings[state.current].chosen),
    r: () => state.current >= 0 && state.findings[state.current].decision === 'pending' && decide(state.current, 'rejected'),
    u: () => state.current >= 0 && decide(state.current, 'pending') };
  if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
});

$('doc').addEventListener('click', (e) => {
  const el = e.target.closest('[data-finding]');
  if (el) show(Number(el.dataset.finding), true);
});
$('doc').addEventListener('focusin', (e) => {
  const el = e.target.closest('[data-finding]');
  if (el && Number(el.dataset.finding) !== state.current) show(Number(el.dataset.finding), false);
});
$('check').addEventListener('click', check);
$('accept-all').addEventListener('click', acceptAll);
$('download-text').addEventListener('click', () => download('corrected.txt', 'text/plain;charset=utf-8', correctedText()));
$('download-json').addEventListener('click', () => download('decisions.json', 'application/json', decisions()));
$('file').addEventListener('change', (e) => readFile(e.target.files[0]));
const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  readFile(e.dataTransfer.files[0]);
});
loadLanguages().catch((e) => status('Could not load the languages: ' + e.message, true));
