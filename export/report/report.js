// eventgraph report: the page's behaviour. Plain ES2017 in one function, no
// libraries, so the page works offline from a single file.
//
// The data (html_report.cc writes it) holds documents, actors, events and
// relations; every reference is an index. Text reaches the page only through
// textContent and attributes, never as markup, so article text cannot inject
// anything. Views: a canvas timeline (zoom, pan, click), a canvas actor network
// (force layout of the busiest actors of the shown events), a details panel,
// and a table of the shown events. Filters (date range, families, an actor,
// a search) decide which events are shown; every view follows them.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('eventgraph-data').textContent);
  const events = data.events;
  const actors = data.actors;
  const documents = data.documents;
  const families = data.families;
  const DAY_MS = 86400000;
  const LIST_LIMIT = 300;       // table rows drawn at once
  const NETWORK_LIMIT = 120;    // actors laid out at once
  const ACTOR_COLOURS = data.actor_colours;  // the colours of every other export

  const $ = (id) => document.getElementById(id);
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function plural(n, word) { return n.toLocaleString('en') + ' ' + word + (n === 1 ? '' : 's'); }
  function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function dayOf(iso) {
    if (!iso) return null;
    const t = Date.parse(iso + 'T00:00:00Z');
    return isNaN(t) ? null : Math.floor(t / DAY_MS);
  }
  // Only web links are made clickable: a "javascript:" URL in an article's
  // metadata must stay text.
  function safeUrl(url) { return /^https?:\/\//i.test(url || '') ? url : null; }

  // --- Derived indexes -----------------------------------------------------
  const eventsOfActor = actors.map(() => []);
  events.forEach((e, i) => {
    for (const [a] of e.participants) eventsOfActor[a].push(i);
    if (e.place !== undefined && eventsOfActor[e.place].indexOf(i) < 0) eventsOfActor[e.place].push(i);
  });
  const relationsOfActor = actors.map(() => []);
  data.relations.forEach((r, i) => {
    relationsOfActor[r.source].push(i);
    if (r.target !== r.source) relationsOfActor[r.target].push(i);
  });
  let searchText = null;  // lower-cased text per event, built on first search
  function eventSearchText(i) {
    if (!searchText) {
      searchText = events.map((e) => {
        const names = e.participants.map(([a]) => actorText(a));
        if (e.place !== undefined) names.push(actorText(e.place));
        return (e.label + ' ' + e.type + ' ' + (e.evidence || '') + ' ' + names.join(' ')).toLowerCase();
      });
    }
    return searchText[i];
  }
  function actorText(a) { return (actors[a].label + ' ' + (actors[a].aliases || []).join(' ')).toLowerCase(); }

  // --- Filters -------------------------------------------------------------
  const state = {
    from: null, to: null,                      // day numbers or null
    hidden: new Set(),                         // family indices switched off
    query: '',
    actor: -1,                                 // show only this actor's events
    selected: null,                            // {kind: 'event'|'actor', index}
  };
  let shown = [];  // indices of the events that pass the filters, in date order

  function passes(i) {
    const e = events[i];
    if (state.hidden.has(e.family)) return false;
    if (state.from !== null && (e.end === undefined || e.end < state.from)) return false;
    if (state.to !== null && (e.start === undefined || e.start > state.to)) return false;
    if (state.actor >= 0 && e.place !== state.actor && !e.participants.some(([a]) => a === state.actor)) return false;
    if (state.query && eventSearchText(i).indexOf(state.query) < 0) return false;
    return true;
  }

  function applyFilters() {
    shown = [];
    for (let i = 0; i < events.length; ++i) if (passes(i)) shown.push(i);
    const actorsShown = new Set();
    for (const i of shown) {
      for (const [a] of events[i].participants) actorsShown.add(a);
      if (events[i].place !== undefined) actorsShown.add(events[i].place);
    }
    const filtered = shown.length !== events.length;
    $('count-events').textContent = filtered ? shown.length.toLocaleString('en') + ' of ' + plural(events.length, 'event')
                                             : plural(events.length, 'event');
    $('count-actors').textContent = filtered ? actorsShown.size.toLocaleString('en') + ' of ' + plural(actors.length, 'actor')
                                             : plural(actors.length, 'actor');
    $('count-actors').dataset.total = actors.length;
    $('count-events').dataset.shown = shown.length;
    $('count-events').dataset.total = events.length;
    $('actor-filter').hidden = state.actor < 0;
    if (state.actor >= 0) $('actor-filter-name').textContent = actors[state.actor].label;
    for (const chip of $('legend').children) chip.setAttribute('aria-pressed', String(!state.hidden.has(Number(chip.dataset.family))));
    timeline.fit(false);
    timeline.draw();
    network.rebuild();
    renderList();
  }

  // --- Legend --------------------------------------------------------------
  families.forEach((f, k) => {
    const count = events.reduce((n, e) => n + (e.family === k ? 1 : 0), 0);
    if (count === 0) return;
    const chip = el('button', null, 'chip');
    chip.type = 'button';
    chip.dataset.family = k;
    chip.title = 'Show or hide ' + f.name + ' events';
    const sw = el('span', null, 'swatch');
    sw.style.background = f.colour;
    chip.append(sw, el('span', f.name + ' (' + count.toLocaleString('en') + ')'));
    chip.addEventListener('click', () => {
      if (state.hidden.has(k)) state.hidden.delete(k); else state.hidden.add(k);
      applyFilters();
    });
    $('legend').append(chip);
  });

  // --- Canvas helpers ------------------------------------------------------
  function fitCanvas(canvas) {
    const box = canvas.parentElement.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.floor(box.width)), h = Math.max(1, Math.floor(box.height));
    if (canvas.width !== w * ratio || canvas.height !== h * ratio) {
      canvas.width = w * ratio;
      canvas.height = h * ratio;
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return { ctx, w, h };
  }
  const tooltip = $('tooltip');
  function showTooltip(x, y, text) {
    if (!text) { tooltip.hidden = true; return; }
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.left = Math.min(x + 12, window.innerWidth - 370) + 'px';
    tooltip.style.top = (y + 14) + 'px';
  }

  // --- Timeline ------------------------------------------------------------
  const timeline = (function () {
    const canvas = $('timeline');
    const AXIS = 26, LEFT = 92;
    let view = null;   // {from, to} in fractional days
    let drawn = [];    // hit boxes of the last frame: {i, x0, x1, y}
    let size = { w: 1, h: 1 };

    function dated() { return shown.filter((i) => events[i].start !== undefined); }
    // Fits the view to the shown events: all of them, or (after a filter) the
    // central 90% of those dated to a month or finer, so that a few stray
    // years and centuries do not squeeze the story into a sliver.
    function fit(all) {
      let list = dated();
      if (!list.length) { view = null; return; }
      const fine = list.filter((i) => events[i].end - events[i].start < 31);
      if (!all && fine.length) list = fine;
      const starts = list.map((i) => events[i].start).sort((p, q) => p - q);
      const ends = list.map((i) => events[i].end + 1).sort((p, q) => p - q);
      const cut = all || list.length < 20 ? 0 : Math.floor(list.length * 0.05);
      const lo = starts[cut], hi = ends[ends.length - 1 - cut];
      const pad = Math.max(1, (hi - lo) * 0.04);
      view = { from: lo - pad, to: hi + pad };
    }
    function xOf(day) { return LEFT + (day - view.from) / (view.to - view.from) * (size.w - LEFT - 8); }
    function dayAt(x) { return view.from + (x - LEFT) / (size.w - LEFT - 8) * (view.to - view.from); }
    function lanes() {
      // One lane per family that has shown events.
      const used = [];
      families.forEach((f, k) => { if (!state.hidden.has(k) && events.some((e) => e.family === k)) used.push(k); });
      return used;
    }

    // Tick marks for the visible span: years, months, weeks or days.
    function ticks() {
      const span = view.to - view.from;
      const out = [];
      const first = new Date(Math.floor(view.from) * DAY_MS), last = view.to;
      if (span > 365 * 3) {
        const step = Math.max(1, Math.ceil(span / 365 / 10));
        for (let y = first.getUTCFullYear(); ; y += step) {
          const d = Date.UTC(y, 0, 1) / DAY_MS;
          if (d > last) break;
          out.push([d, String(y)]);
        }
      } else if (span > 60) {
        const step = span > 730 ? 3 : 1;
        for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; m += step) {
          const d = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
          if (d > last) break;
          out.push([d, isoDay(d).slice(0, 7)]);
        }
      } else {
        const step = span > 20 ? 7 : 1;
        for (let d = Math.floor(view.from); d <= last; d += step) out.push([d, isoDay(d).slice(5)]);
      }
      return out;
    }

    function draw() {
      size = fitCanvas(canvas);
      const { ctx, w, h } = size;
      ctx.clearRect(0, 0, w, h);
      drawn = [];
      ctx.font = '12px system-ui, sans-serif';
      if (!view) {
        ctx.fillStyle = '#666';
        ctx.fillText('No dated events to show.', LEFT, h / 2);
        return;
      }
      const used = lanes();
      const laneH = (h - AXIS) / Math.max(1, used.length);
      const laneOf = new Map(used.map((k, n) => [k, n]));
      // Lanes and their names.
      used.forEach((k, n) => {
        const y = AXIS + n * laneH;
        ctx.fillStyle = n % 2 ? '#fafafa' : '#fff';
        ctx.fillRect(0, y, w, laneH);
        ctx.fillStyle = families[k].colour;
        ctx.beginPath(); ctx.arc(10, y + 11, 4.5, 0, 2 * Math.PI); ctx.fill();
        ctx.fillStyle = '#333';
        ctx.fillText(families[k].name, 19, y + 15);
      });
      // Axis.
      ctx.strokeStyle = '#e2e2e2';
      ctx.fillStyle = '#555';
      let lastLabelX = -Infinity;
      for (const [d, label] of ticks()) {
        const x = xOf(d);
        if (x < LEFT) continue;
        ctx.beginPath(); ctx.moveTo(x, AXIS - 4); ctx.lineTo(x, h); ctx.stroke();
        if (x - lastLabelX > 56) { ctx.fillText(label, x + 2, 14); lastLabelX = x; }
      }
      // Events: spans as bars, days as dots, spread over rows inside their lane.
      ctx.save();
      ctx.beginPath(); ctx.rect(LEFT, AXIS, w - LEFT, h - AXIS); ctx.clip();
      const rows = Math.max(1, Math.floor((laneH - 22) / 9));
      for (const i of shown) {
        const e = events[i];
        if (e.start === undefined || !laneOf.has(e.family)) continue;
        const x0 = xOf(e.start), x1 = xOf(e.end + 1);
        if (x1 < LEFT || x0 > w) continue;
        const y = AXIS + laneOf.get(e.family) * laneH + 22 + (i % rows) * 9;
        const colour = families[e.family].colour;
        const inferred = e.date_source === 'dct';
        ctx.fillStyle = colour;
        ctx.strokeStyle = colour;
        ctx.lineWidth = 1.5;
        if (x1 - x0 > 8 && e.end - e.start > 31) {
          // A year, decade or century: a faint hairline, so that it does not
          // cover the lane's finer events.
          ctx.globalAlpha = 0.3;
          ctx.fillRect(x0, y - 1, x1 - x0, 2);
          ctx.globalAlpha = 1;
        } else if (x1 - x0 > 8) {
          ctx.globalAlpha = 0.55;
          if (inferred) ctx.strokeRect(x0, y - 3, x1 - x0, 6); else ctx.fillRect(x0, y - 3, x1 - x0, 6);
          ctx.globalAlpha = 1;
        } else {
          ctx.beginPath();
          ctx.arc((x0 + x1) / 2, y, 3.5, 0, 2 * Math.PI);
          if (inferred) ctx.stroke(); else ctx.fill();
        }
        drawn.push({ i, x0: Math.min(x0, (x0 + x1) / 2 - 4), x1: Math.max(x1, (x0 + x1) / 2 + 4), y });
      }
      // The selected event on top, ringed.
      const sel = state.selected;
      if (sel && sel.kind === 'event') {
        const hit = drawn.find((d) => d.i === sel.index);
        if (hit) {
          ctx.strokeStyle = '#000';
          ctx.lineWidth = 2;
          ctx.beginPath();
          ctx.arc((hit.x0 + hit.x1) / 2, hit.y, 7, 0, 2 * Math.PI);
          ctx.stroke();
        }
      } else if (sel && sel.kind === 'actor') {
        const mine = new Set(eventsOfActor[sel.index]);
        ctx.strokeStyle = '#000';
        ctx.lineWidth = 1.5;
        for (const d of drawn) {
          if (!mine.has(d.i)) continue;
          ctx.beginPath(); ctx.arc((d.x0 + d.x1) / 2, d.y, 6, 0, 2 * Math.PI); ctx.stroke();
        }
      }
      ctx.restore();
    }

    function hit(x, y) {
      let best = null, bestD = 7;
      for (const d of drawn) {
        if (x < d.x0 - 3 || x > d.x1 + 3) continue;
        const dy = Math.abs(y - d.y);
        if (dy < bestD) { best = d; bestD = dy; }
      }
      return best ? best.i : -1;
    }

    // Pointer: drag pans, a click without a drag selects, the wheel zooms.
    let drag = null;
    canvas.addEventListener('mousedown', (ev) => { drag = { x: ev.offsetX, moved: false, view: view && { ...view } }; });
    window.addEventListener('mouseup', () => { setTimeout(() => { drag = null; }, 0); });
    canvas.addEventListener('mousemove', (ev) => {
      if (drag && drag.view && Math.abs(ev.offsetX - drag.x) > 3) {
        drag.moved = true;
        const shift = (ev.offsetX - drag.x) / (size.w - LEFT - 8) * (drag.view.to - drag.view.from);
        view = { from: drag.view.from - shift, to: drag.view.to - shift };
        draw();
        return;
      }
      const i = view ? hit(ev.offsetX, ev.offsetY) : -1;
      canvas.style.cursor = i >= 0 ? 'pointer' : 'crosshair';
      showTooltip(ev.clientX, ev.clientY, i >= 0 ? (events[i].date || '') + '  ' + events[i].label : '');
    });
    canvas.addEventListener('mouseleave', () => showTooltip(0, 0, ''));
    canvas.addEventListener('click', (ev) => {
      if (drag && drag.moved) return;
      const i = view ? hit(ev.offsetX, ev.offsetY) : -1;
      if (i >= 0) select('event', i);
    });
    canvas.addEventListener('wheel', (ev) => {
      if (!view) return;
      ev.preventDefault();
      const at = dayAt(ev.offsetX);
      const factor = Math.exp(ev.deltaY * 0.0015);
      const span = Math.max(2, (view.to - view.from) * factor);
      const share = (at - view.from) / (view.to - view.from);
      view = { from: at - share * span, to: at - share * span + span };
      draw();
    }, { passive: false });
    canvas.addEventListener('dblclick', () => { fit(true); draw(); });

    return {
      draw,
      fit,
      // Where event i is drawn, in page coordinates (for tests and the list).
      position(i) {
        const d = drawn.find((h) => h.i === i);
        if (!d) return null;
        const r = canvas.getBoundingClientRect();
        return { x: r.left + (d.x0 + d.x1) / 2, y: r.top + d.y };
      },
    };
  })();

  // --- Actor network -------------------------------------------------------
  const network = (function () {
    const canvas = $('network');
    let nodes = [];   // {a, weight, x, y, vx, vy}
    let links = [];   // {s, t, weight} indices into nodes
    let size = { w: 1, h: 1 };

    function rebuild() {
      // The busiest actors of the shown events, and the selected actor.
      const weight = new Map();
      for (const i of shown) {
        for (const [a] of events[i].participants) weight.set(a, (weight.get(a) || 0) + 1);
      }
      let chosen = [...weight.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, NETWORK_LIMIT);
      const sel = state.selected;
      if (sel && sel.kind === 'actor' && !chosen.some(([a]) => a === sel.index)) chosen.push([sel.index, weight.get(sel.index) || 1]);
      const slot = new Map(chosen.map(([a], n) => [a, n]));
      const old = new Map(nodes.map((n) => [n.a, n]));
      nodes = chosen.map(([a, wgt], n) => {
        const prev = old.get(a);
        const angle = n * 2.399963;  // golden angle: a spread-out start
        const r = 20 + 8 * Math.sqrt(n);
        return { a, weight: wgt, x: prev ? prev.x : Math.cos(angle) * r, y: prev ? prev.y : Math.sin(angle) * r, vx: 0, vy: 0 };
      });
      // Links: taking part in the same shown event, and stated relations.
      const pair = new Map();
      const link = (p, q, wgt) => {
        if (p === q || !slot.has(p) || !slot.has(q)) return;
        const s = Math.min(slot.get(p), slot.get(q)), t = Math.max(slot.get(p), slot.get(q));
        const key = s * 100003 + t;
        pair.set(key, { s, t, weight: (pair.has(key) ? pair.get(key).weight : 0) + wgt });
      };
      for (const i of shown) {
        const ps = events[i].participants.slice(0, 8);
        for (let p = 0; p < ps.length; ++p) for (let q = p + 1; q < ps.length; ++q) link(ps[p][0], ps[q][0], 1);
      }
      for (const r of data.relations) link(r.source, r.target, 1);
      links = [...pair.values()];
      layout(nodes.length > 60 ? 220 : 300);
      $('network-note').textContent = weight.size > nodes.length
        ? 'the ' + nodes.length + ' busiest of ' + plural(weight.size, 'actor') + ' in the shown events · click one'
        : plural(nodes.length, 'actor') + ' in the shown events · click one';
      draw();
    }

    // A plain force layout: every pair repels, links pull, gravity centres.
    function layout(steps) {
      const n = nodes.length;
      for (let step = 0; step < steps; ++step) {
        const cool = 1 - step / steps;
        for (let p = 0; p < n; ++p) {
          const a = nodes[p];
          for (let q = p + 1; q < n; ++q) {
            const b = nodes[q];
            let dx = a.x - b.x, dy = a.y - b.y;
            let d2 = dx * dx + dy * dy;
            if (d2 < 0.01) { dx = (p - q) * 0.1; dy = 0.1; d2 = dx * dx + dy * dy; }
            if (d2 > 90000) continue;  // far apart: no push, so loose actors do not fly off
            const f = 600 / d2;
            a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
          }
        }
        for (const l of links) {
          const a = nodes[l.s], b = nodes[l.t];
          const dx = b.x - a.x, dy = b.y - a.y;
          const d = Math.sqrt(dx * dx + dy * dy) || 1;
          const f = (d - 40) * 0.02 * Math.min(3, 1 + Math.log(l.weight)) / d;
          a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
        }
        for (const a of nodes) {
          a.vx -= a.x * 0.02; a.vy -= a.y * 0.02;
          const v = Math.sqrt(a.vx * a.vx + a.vy * a.vy);
          const cap = 12 * cool + 0.5;
          if (v > cap) { a.vx *= cap / v; a.vy *= cap / v; }
          a.x += a.vx; a.y += a.vy;
          a.vx *= 0.5; a.vy *= 0.5;
        }
      }
    }

    let transform = { scale: 1, dx: 0, dy: 0 };
    function radius(node) { return 3 + 2.2 * Math.sqrt(node.weight); }
    function draw() {
      size = fitCanvas(canvas);
      const { ctx, w, h } = size;
      ctx.clearRect(0, 0, w, h);
      if (!nodes.length) {
        ctx.fillStyle = '#666';
        ctx.font = '12px system-ui, sans-serif';
        ctx.fillText('No actors in the shown events.', 12, 20);
        return;
      }
      let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      for (const n of nodes) { x0 = Math.min(x0, n.x); x1 = Math.max(x1, n.x); y0 = Math.min(y0, n.y); y1 = Math.max(y1, n.y); }
      const scale = Math.min((w - 80) / Math.max(1, x1 - x0), (h - 40) / Math.max(1, y1 - y0), 3);
      transform = { scale, dx: w / 2 - (x0 + x1) / 2 * scale, dy: h / 2 - (y0 + y1) / 2 * scale };
      const X = (n) => n.x * scale + transform.dx, Y = (n) => n.y * scale + transform.dy;
      const sel = state.selected && state.selected.kind === 'actor' ? state.selected.index : -1;
      ctx.lineWidth = 1;
      for (const l of links) {
        const a = nodes[l.s], b = nodes[l.t];
        const near = a.a === sel || b.a === sel;
        ctx.strokeStyle = near ? 'rgba(0,0,0,0.55)' : 'rgba(120,120,120,0.22)';
        ctx.beginPath(); ctx.moveTo(X(a), Y(a)); ctx.lineTo(X(b), Y(b)); ctx.stroke();
      }
      // Labels for the busiest actors and the selected one.
      const labelled = new Set(nodes.slice().sort((p, q) => q.weight - p.weight).slice(0, 25).map((n) => n.a));
      ctx.font = '11px system-ui, sans-serif';
      for (const n of nodes) {
        ctx.fillStyle = ACTOR_COLOURS[actors[n.a].type] || '#777';
        ctx.beginPath(); ctx.arc(X(n), Y(n), radius(n), 0, 2 * Math.PI); ctx.fill();
        if (n.a === sel) { ctx.strokeStyle = '#000'; ctx.lineWidth = 2.5; ctx.stroke(); ctx.lineWidth = 1; }
      }
      // Labels that would overlap one already written are left to the tooltip,
      // busiest first; the selected actor's label always shows.
      ctx.fillStyle = '#222';
      const placed = [];
      const order = nodes.slice().sort((p, q) => (q.a === sel) - (p.a === sel) || q.weight - p.weight);
      for (const n of order) {
        if (!labelled.has(n.a) && n.a !== sel) continue;
        const text = actors[n.a].label;
        const box = { x: X(n) + radius(n) + 2, y: Y(n) - 8, w: ctx.measureText(text).width, h: 13 };
        if (n.a !== sel && placed.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h)) continue;
        placed.push(box);
        if (n.a === sel) { ctx.font = 'bold 12px system-ui, sans-serif'; }
        ctx.fillText(text, box.x, Y(n) + 4);
        ctx.font = '11px system-ui, sans-serif';
      }
    }

    function hit(x, y) {
      let best = -1, bestD = Infinity;
      for (const n of nodes) {
        const dx = n.x * transform.scale + transform.dx - x, dy = n.y * transform.scale + transform.dy - y;
        const d = Math.sqrt(dx * dx + dy * dy);
        if (d <= radius(n) + 4 && d < bestD) { best = n.a; bestD = d; }
      }
      return best;
    }
    canvas.addEventListener('mousemove', (ev) => {
      const a = hit(ev.offsetX, ev.offsetY);
      canvas.style.cursor = a >= 0 ? 'pointer' : 'default';
      showTooltip(ev.clientX, ev.clientY, a >= 0 ? actors[a].label + ' (' + actors[a].type + ')' : '');
    });
    canvas.addEventListener('mouseleave', () => showTooltip(0, 0, ''));
    canvas.addEventListener('click', (ev) => {
      const a = hit(ev.offsetX, ev.offsetY);
      if (a >= 0) select('actor', a);
    });
    return {
      rebuild,
      draw,
      position(a) {
        const n = nodes.find((m) => m.a === a);
        if (!n) return null;
        const r = canvas.getBoundingClientRect();
        return { x: r.left + n.x * transform.scale + transform.dx, y: r.top + n.y * transform.scale + transform.dy };
      },
    };
  })();

  // --- Details panel -------------------------------------------------------
  function actorButton(a) {
    const b = el('button', actors[a].label, 'link');
    b.type = 'button';
    b.addEventListener('click', () => select('actor', a));
    return b;
  }
  function eventButton(i) {
    const e = events[i];
    const b = el('button', (e.date ? e.date + ' · ' : '') + e.label, 'link');
    b.type = 'button';
    b.addEventListener('click', () => select('event', i));
    return b;
  }
  function row(dl, term, ...content) {
    dl.append(el('dt', term));
    const dd = el('dd');
    dd.append(...content);
    dl.append(dd);
  }
  function commaList(nodes) {
    const out = [];
    nodes.forEach((n, k) => { if (k) out.push(document.createTextNode(', ')); out.push(n); });
    return out;
  }
  // The evidence sentence with its trigger marked. The trigger's offsets are
  // UTF-8 bytes; the text is cut in bytes and decoded back.
  function evidence(e) {
    const q = el('blockquote', null, 'evidence');
    if (!e.trigger) { q.textContent = e.evidence; return q; }
    const bytes = new TextEncoder().encode(e.evidence);
    const text = (p, r) => new TextDecoder().decode(bytes.subarray(p, r));
    q.append(document.createTextNode(text(0, e.trigger[0])), el('mark', text(e.trigger[0], e.trigger[1])),
             document.createTextNode(text(e.trigger[1], bytes.length)));
    return q;
  }
  function sourceList(docs) {
    const ul = el('ul', null, 'sources');
    for (const d of docs.slice(0, 20)) {
      const doc = documents[d];
      const li = el('li');
      const url = safeUrl(doc.url);
      const name = doc.title || doc.id;
      if (url) {
        const a = el('a', name);
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        li.append(a);
      } else {
        li.append(el('span', name));
      }
      if (doc.dct) li.append(document.createTextNode(' (' + doc.dct + ')'));
      ul.append(li);
    }
    if (docs.length > 20) ul.append(el('li', '… and ' + (docs.length - 20) + ' more', 'note'));
    return ul;
  }
  const DATE_SOURCES = {
    timex: 'a time expression governing the event',
    sentence: 'a time expression in the sentence',
    narrative: 'the story\u2019s current date',
    dct: 'inferred from the publication date',
  };

  function showEvent(i) {
    const e = events[i];
    const panel = $('panel');
    panel.replaceChildren();
    panel.dataset.kind = 'event';
    const h = el('h3', e.label);
    panel.append(h);
    const dl = el('dl');
    const chip = el('span', null, 'swatch');
    chip.style.background = families[e.family].colour;
    row(dl, 'Type', chip, document.createTextNode(' ' + e.type + (e.cameo ? ' (CAMEO ' + e.cameo + ')' : '')));
    if (e.date) {
      let when = e.date;
      if (e.start !== undefined && e.end !== e.start) when += ' (' + isoDay(e.start) + ' to ' + isoDay(e.end) + ')';
      else if (e.start !== undefined) when += ' (' + new Date(e.start * DAY_MS).toLocaleDateString('en', { weekday: 'long', timeZone: 'UTC' }) + ')';
      row(dl, 'When', el('span', when, 'date'));
      if (e.date_source) row(dl, 'Date from', el('span', DATE_SOURCES[e.date_source] || e.date_source));
    } else {
      row(dl, 'When', el('span', 'undated'));
    }
    if (e.modality) row(dl, 'Modality', el('span', e.modality));
    if (e.participants.length) {
      row(dl, 'Who', ...commaList(e.participants.map(([a, role]) => {
        const span = el('span');
        span.append(actorButton(a), document.createTextNode(' (' + role + ')'));
        return span;
      })));
    }
    if (e.place !== undefined) row(dl, 'Where', actorButton(e.place));
    if (e.killed !== undefined) row(dl, 'Killed', el('span', e.killed));
    if (e.injured !== undefined) row(dl, 'Injured', el('span', e.injured));
    panel.append(dl);
    if (e.evidence) panel.append(el('h4', 'Evidence'), evidence(e));
    panel.append(el('h4', 'Reported in ' + plural(e.docs.length, 'article')), sourceList(e.docs));
  }

  function showActor(a) {
    const actor = actors[a];
    const panel = $('panel');
    panel.replaceChildren();
    panel.dataset.kind = 'actor';
    panel.append(el('h3', actor.label));
    const dl = el('dl');
    row(dl, 'Kind', el('span', actor.type));
    if (actor.title) row(dl, 'Title', el('span', actor.title));
    if (actor.affiliation !== undefined) row(dl, 'For', actorButton(actor.affiliation));
    if (actor.aliases && actor.aliases.length) row(dl, 'Also', el('span', actor.aliases.join(', ')));
    row(dl, 'Mentions', el('span', actor.mentions.toLocaleString('en') + ' in ' + plural(actor.docs.length, 'article')));
    panel.append(dl);
    const only = el('button', state.actor === a ? 'Show all events again' : 'Show only events with ' + actor.label, 'chip');
    only.type = 'button';
    only.addEventListener('click', () => { state.actor = state.actor === a ? -1 : a; applyFilters(); showActor(a); });
    panel.append(only);
    const rels = relationsOfActor[a];
    if (rels.length) {
      panel.append(el('h4', 'Relations'));
      const ul = el('ul');
      for (const r of rels.slice(0, 30).map((k) => data.relations[k])) {
        const li = el('li');
        li.append(actorButton(r.source), document.createTextNode(' ' + r.label + ' '), actorButton(r.target));
        if (r.date) li.append(document.createTextNode(' (' + r.date + ')'));
        ul.append(li);
      }
      panel.append(ul);
    }
    const mine = eventsOfActor[a];
    panel.append(el('h4', plural(mine.length, 'event')));
    const ul = el('ul');
    for (const i of mine.slice(0, 40)) { const li = el('li'); li.append(eventButton(i)); ul.append(li); }
    if (mine.length > 40) ul.append(el('li', '… and ' + (mine.length - 40) + ' more: use “Show only”', 'note'));
    panel.append(ul);
  }

  function select(kind, index) {
    state.selected = { kind, index };
    if (kind === 'event') showEvent(index); else showActor(index);
    for (const tr of document.querySelectorAll('#event-list tbody tr')) {
      tr.classList.toggle('selected', kind === 'event' && Number(tr.dataset.event) === index);
    }
    timeline.draw();
    if (kind === 'actor') network.rebuild(); else network.draw();
  }

  // --- Event table ---------------------------------------------------------
  function renderList() {
    const body = document.querySelector('#event-list tbody');
    const rows = [];
    for (const i of shown.slice(0, LIST_LIMIT)) {
      const e = events[i];
      const tr = el('tr');
      tr.dataset.event = i;
      if (state.selected && state.selected.kind === 'event' && state.selected.index === i) tr.className = 'selected';
      const type = el('td');
      const sw = el('span', null, 'swatch');
      sw.style.background = families[e.family].colour;
      type.append(sw, document.createTextNode(' ' + e.type));
      const date = el('td', e.date || 'undated');
      if (e.date_source === 'dct') date.title = 'inferred from the publication date';
      tr.append(date, type, el('td', e.label),
                el('td', e.participants.map(([a]) => actors[a].label).join(', ')),
                el('td', e.place !== undefined ? actors[e.place].label : ''));
      rows.push(tr);
    }
    body.replaceChildren(...rows);
    $('list-note').textContent = shown.length > LIST_LIMIT
      ? 'the first ' + LIST_LIMIT + ' of ' + shown.length.toLocaleString('en') + ' in date order: narrow the filters to see the rest'
      : plural(shown.length, 'event') + ' in date order';
    const undated = shown.filter((i) => events[i].start === undefined).length;
    $('undated').textContent = undated ? plural(undated, 'undated event') + ' not on the timeline (in the table below)' : '';
  }
  document.querySelector('#event-list tbody').addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr');
    if (tr) select('event', Number(tr.dataset.event));
  });

  // --- Filter inputs -------------------------------------------------------
  let searchTimer = 0;
  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { state.query = $('search').value.trim().toLowerCase(); applyFilters(); }, 150);
  });
  $('from').addEventListener('change', () => { state.from = dayOf($('from').value); applyFilters(); });
  $('to').addEventListener('change', () => { state.to = dayOf($('to').value); applyFilters(); });
  $('actor-filter-clear').addEventListener('click', () => { state.actor = -1; applyFilters(); });
  $('filters').addEventListener('submit', (ev) => ev.preventDefault());
  $('filters').addEventListener('reset', () => {
    setTimeout(() => {
      Object.assign(state, { from: null, to: null, query: '', actor: -1 });
      state.hidden.clear();
      applyFilters();
    }, 0);
  });
  window.addEventListener('resize', () => { timeline.draw(); network.draw(); });

  $('count-documents').textContent = plural(documents.length, 'article');
  for (const [kind, colour] of Object.entries(ACTOR_COLOURS)) {
    const item = el('span', null, 'kind');
    const sw = el('span', null, 'swatch');
    sw.style.background = colour;
    item.append(sw, document.createTextNode(' ' + kind));
    $('actor-kinds').append(item);
  }
  // Events come in date order, so the first dated one starts earliest.
  const firstDated = events.find((e) => e.start !== undefined);
  if (firstDated) {
    const last = events.reduce((m, e) => (e.end !== undefined && e.end > m ? e.end : m), firstDated.end);
    $('from').min = $('to').min = isoDay(firstDated.start);
    $('from').max = $('to').max = isoDay(last);
  }
  applyFilters();

  // For tests and for scripting the page from the console.
  window.eventgraphReport = {
    shownEvents: () => shown.length,
    timelinePosition: (i) => timeline.position(i),
    networkPosition: (a) => network.position(a),
    select,
  };
  document.body.dataset.ready = 'true';
})();
