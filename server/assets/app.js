// copydesk's editor's page: sends the story to POST /v1/check and shows the
// report over the text. No framework and no fetch but our own API.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const state = { report: null, text: '', selected: -1 };

  const sourceNames = {
    flag: 'given above',
    'front-matter': 'from the front matter',
    metadata: 'from the document metadata',
    dateline: 'from the dateline',
    today: 'today, assumed',
  };
  const rank = { info: 1, warning: 2, error: 3 };

  // byteMap maps every UTF-8 byte offset of s (as the server counts) to the
  // UTF-16 index JavaScript uses; an offset inside a character maps to its
  // start. Lone surrogates count as U+FFFD, three bytes, as on the server.
  function byteMap(s) {
    const map = new Uint32Array(new TextEncoder().encode(s).length + 1);
    let b = 0;
    for (let i = 0; i < s.length;) {
      const cp = s.codePointAt(i);
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (let k = 0; k < n; k++) map[b + k] = i;
      b += n;
      i += cp > 0xffff ? 2 : 1;
    }
    map[b] = s.length;
    return map;
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function setStatus(msg, isError) {
    const s = $('status');
    s.textContent = msg;
    s.classList.toggle('error', !!isError);
  }

  async function check() {
    const text = $('text').value;
    if (!text.trim()) {
      setStatus('Paste a story first.', true);
      $('text').focus();
      return;
    }
    const body = { text: text, format: $('format').value };
    if ($('published').value) body.published = $('published').value;
    const button = $('check');
    button.disabled = true;
    setStatus('Checking…');
    try {
      const resp = await fetch('/v1/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const data = await resp.json().catch(() => ({ error: 'the server answered ' + resp.status }));
      if (!resp.ok) {
        setStatus('Could not check: ' + (data.error || resp.statusText), true);
        const field = { text: 'text', published: 'published', format: 'format' }[data.field];
        if (field) $(field).focus();
        return;
      }
      show(data, text);
    } catch (err) {
      setStatus('Could not reach copydesk: ' + err.message, true);
    } finally {
      button.disabled = false;
    }
  }

  function summary(rep) {
    const counts = { error: 0, warning: 0, info: 0 };
    rep.findings.forEach((f) => { counts[f.severity] = (counts[f.severity] || 0) + 1; });
    const parts = ['error', 'warning', 'info'].filter((s) => counts[s]).map((s) => plural(counts[s], s));
    const ref = rep.reference_date;
    return (parts.length ? parts.join(', ') : 'No findings') + ' — dates resolved against ' +
      ref.date + ' (' + (sourceNames[ref.source] || ref.source) + ').';
  }

  function show(rep, text) {
    rep.findings = rep.findings || [];
    rep.dates = rep.dates || [];
    state.report = rep;
    state.text = text;
    state.selected = -1;
    renderArticle(rep, text);
    renderList(rep);
    $('detail').replaceChildren();
    $('results').hidden = false;
    $('form').classList.add('compact');
    setStatus(summary(rep));
    $('status').scrollIntoView({ block: 'start' });
  }

  // renderArticle writes the text as flat segments, each wrapped in a mark
  // when findings, related spans or dates cover it.
  function renderArticle(rep, text) {
    const map = byteMap(text);
    const u = (off) => map[Math.min(Math.max(off | 0, 0), map.length - 1)];
    const spans = [];
    rep.findings.forEach((f, i) => {
      if (f.span && f.span.end > f.span.start) spans.push({ s: u(f.span.start), e: u(f.span.end), kind: 'finding', i: i });
      (f.related || []).forEach((r) => {
        if (r.end > r.start) spans.push({ s: u(r.start), e: u(r.end), kind: 'related', i: i });
      });
    });
    rep.dates.forEach((d) => {
      if (d.end > d.start) spans.push({ s: u(d.start), e: u(d.end), kind: 'date', d: d });
    });
    // Sweep the cut points once, keeping the spans open at each segment.
    const starts = new Map(), ends = new Map();
    spans.forEach((sp) => {
      if (!starts.has(sp.s)) starts.set(sp.s, []);
      if (!ends.has(sp.e)) ends.set(sp.e, []);
      starts.get(sp.s).push(sp);
      ends.get(sp.e).push(sp);
    });
    const points = Array.from(new Set([0, text.length, ...starts.keys(), ...ends.keys()])).sort((a, b) => a - b);
    const open = new Set();
    const frag = document.createDocumentFragment();
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      (ends.get(a) || []).forEach((sp) => open.delete(sp));
      (starts.get(a) || []).forEach((sp) => open.add(sp));
      const seg = text.slice(a, b);
      if (!open.size) {
        frag.appendChild(document.createTextNode(seg));
        continue;
      }
      const over = Array.from(open);
      const findings = over.filter((sp) => sp.kind === 'finding').map((sp) => sp.i);
      const related = over.filter((sp) => sp.kind === 'related').map((sp) => sp.i);
      const dates = over.filter((sp) => sp.kind === 'date').map((sp) => sp.d);
      const m = el(findings.length || related.length ? 'mark' : 'span', '', seg);
      const titles = dates.map((d) => d.resolved || (d.text + ' → ' + d.value));
      if (findings.length) {
        let sev = 'info';
        findings.forEach((i) => {
          const f = rep.findings[i];
          if ((rank[f.severity] || 0) > rank[sev]) sev = f.severity;
          titles.push(f.rule + ': ' + f.message);
        });
        m.classList.add('finding', 'sev-' + sev);
        m.dataset.findings = findings.join(' ');
        m.dataset.rule = findings.map((i) => rep.findings[i].rule).join(' ');
      }
      if (related.length) m.dataset.related = related.join(' ');
      if (dates.length) m.classList.add('date');
      if (titles.length) m.title = titles.join('\n');
      frag.appendChild(m);
    }
    $('article').replaceChildren(frag);
  }

  function renderList(rep) {
    const list = $('findings');
    list.replaceChildren();
    if (!rep.findings.length) {
      list.appendChild(el('li', 'none', 'Nothing to flag: no contradictions found.'));
      return;
    }
    rep.findings.forEach((f, i) => {
      const li = el('li', 'sev-' + f.severity);
      li.tabIndex = 0;
      li.setAttribute('role', 'button');
      li.dataset.index = String(i);
      li.dataset.rule = f.rule;
      const where = f.span && f.span.line ? 'line ' + f.span.line + ', column ' + f.span.column : 'whole story';
      li.appendChild(el('span', 'meta', f.severity + ' · ' + f.rule + ' · ' + where));
      li.appendChild(el('span', 'msg', f.message));
      list.appendChild(li);
    });
  }

  // datesWithin returns the report's dates that overlap [start, end).
  function datesWithin(start, end) {
    return state.report.dates.filter((d) => d.start < end && d.end > start);
  }

  function quote(label, span, note) {
    const box = el('div', 'side');
    box.appendChild(el('div', 'side-label', label + (span.line ? ', line ' + span.line : '')));
    box.appendChild(el('blockquote', '', span.text));
    if (note) box.appendChild(el('p', 'note', note));
    return box;
  }

  function select(i) {
    const rep = state.report;
    const f = rep && rep.findings[i];
    if (!f) return;
    state.selected = i;
    document.querySelectorAll('#findings li').forEach((li) => {
      if (li.dataset.index === String(i)) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    });
    let first = null;
    document.querySelectorAll('#article mark').forEach((m) => {
      const own = (m.dataset.findings || '').split(' ').includes(String(i));
      const rel = (m.dataset.related || '').split(' ').includes(String(i));
      m.classList.toggle('active', own);
      m.classList.toggle('related', rel && !own);
      if ((own || rel) && !first) first = m;
    });
    if (first) first.scrollIntoView({ block: 'center' });

    const d = $('detail');
    d.replaceChildren();
    const h = el('h3');
    h.appendChild(el('span', 'sev-badge sev-' + f.severity, f.severity));
    h.appendChild(document.createTextNode(' ' + f.rule));
    d.appendChild(h);
    d.appendChild(el('p', 'message', f.message));
    if (f.span && f.span.end > f.span.start) d.appendChild(quote('Flagged', f.span));
    (f.related || []).forEach((r) => d.appendChild(quote('Related', r, r.note)));
    const ranges = [f.span].concat(f.related || []).filter((s) => s && s.end > s.start);
    const seen = new Set();
    const dates = [];
    ranges.forEach((s) => datesWithin(s.start, s.end).forEach((dt) => {
      if (!seen.has(dt.start)) { seen.add(dt.start); dates.push(dt); }
    }));
    if (dates.length) {
      d.appendChild(el('h4', '', 'How the dates were resolved'));
      const ul = el('ul', 'dates');
      dates.forEach((dt) => ul.appendChild(el('li', '', dt.resolved || (dt.text + ' → ' + dt.value))));
      d.appendChild(ul);
    }
    const ref = rep.reference_date;
    d.appendChild(el('p', 'note', 'Reference date ' + ref.date + ' (' + (sourceNames[ref.source] || ref.source) + ').'));
  }

  function init() {
    $('form').addEventListener('submit', (e) => { e.preventDefault(); check(); });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
    });
    const list = $('findings');
    const pick = (target) => {
      const li = target.closest('li[data-index]');
      if (li) select(Number(li.dataset.index));
      return li;
    };
    list.addEventListener('click', (e) => pick(e.target));
    list.addEventListener('keydown', (e) => {
      const li = e.target.closest('li[data-index]');
      if (!li) return;
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(li); }
      if (e.key === 'ArrowDown' && li.nextElementSibling) { e.preventDefault(); li.nextElementSibling.focus(); }
      if (e.key === 'ArrowUp' && li.previousElementSibling) { e.preventDefault(); li.previousElementSibling.focus(); }
    });
    $('article').addEventListener('click', (e) => {
      const m = e.target.closest('mark[data-findings]');
      if (m) select(Number(m.dataset.findings.split(' ')[0]));
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
