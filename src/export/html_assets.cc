#include "export/html_assets.h"

namespace argmap {

std::string_view HtmlViewerCss() {
  return R"css(*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:15px/1.45 "DejaVu Sans",Helvetica,Arial,"WenQuanYi Micro Hei",sans-serif;color:#222;
display:flex;flex-direction:column;height:100vh}
header{padding:6px 14px;border-bottom:1px solid #ddd;background:#fafafa;display:flex;gap:16px;
align-items:baseline}
header h1{font-size:17px;margin:0}
header p{margin:0;color:#555;font-size:13px}
main{flex:1;display:flex;flex-direction:column;min-height:0}
#am-map-pane{height:50vh;min-height:120px;display:flex;flex-direction:column;
border-bottom:2px solid #ccc;resize:vertical;overflow:hidden}
.toolbar{padding:4px 8px;border-bottom:1px solid #eee;display:flex;gap:4px;align-items:center}
.toolbar button{font:inherit;font-size:13px;min-width:32px;padding:1px 6px;cursor:pointer}
#am-zoom{color:#666;font-size:12px;margin-left:6px}
#am-map{flex:1;overflow:auto;padding:8px}
#am-map svg{display:block}
#am-map g.am-link{cursor:pointer}
#am-map g.node.sel polygon,#am-map g.node.sel ellipse,#am-map g.node.sel path,
#am-map g.node.sel polyline{stroke:#d50000;stroke-width:4px}
#am-map g.node.sel-rel polygon,#am-map g.node.sel-rel ellipse,#am-map g.node.sel-rel path,
#am-map g.node.sel-rel polyline{stroke:#ff6d00;stroke-width:3px}
#am-map g.edge.sel path,#am-map g.edge.sel polygon{stroke:#d50000;stroke-width:3.5px}
#am-map g.edge.sel-rel path,#am-map g.edge.sel-rel polygon{stroke-width:3px}
.nomap{color:#a00;padding:12px}
#am-lower{flex:1;display:flex;min-height:0}
#am-papers{flex:1;overflow:auto;min-width:0;max-width:320px;padding:0 10px 40px;
border-right:1px solid #ddd;background:#fcfcfc;font-size:13px}
#am-papers ol{padding-left:24px;margin:4px 0}
#am-papers li{margin:3px 0}
#am-papers a{text-decoration:none}
#am-papers a.cur{font-weight:bold;color:#d50000}
#am-papers .n{color:#888;font-size:12px}
#am-texts{flex:3;overflow:auto;min-width:0;padding:0 16px 40px}
#am-side{flex:2;overflow:auto;min-width:0;padding:0 14px 40px;border-left:1px solid #ddd;
background:#fcfcfc}
#am-panel{padding:8px 0;border-bottom:2px solid #ddd}
#am-hint{color:#666;margin:4px 0}
.why h3{margin:2px 0 4px;font-size:16px}
.why h4{margin:8px 0 2px;font-size:13px;color:#555}
.why .desc{margin:0 0 6px;color:#555;font-size:13px}
.why blockquote{margin:4px 0 8px;padding:4px 10px;border-left:4px solid #d50000;background:#fff8e1}
.why dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0;font-size:14px}
.why dt{font-weight:bold;color:#444}
.why dd{margin:0}
.rels{margin:0;padding-left:18px;font-size:14px}
.kind{padding:0 5px;border-radius:3px;border:1px solid #0002;font-size:12px;font-weight:normal}
.ekind{font-weight:bold;text-decoration:none}
.none{color:#888}
details summary{cursor:pointer;font-weight:bold;margin:6px 0}
.legend{list-style:none;padding:0;margin:4px 0;font-size:13px}
.legend li{margin:2px 0}
.swatch{display:inline-block;width:28px;height:12px;border:1px solid #0003;border-radius:2px;
margin-right:6px;vertical-align:middle}
.legend svg.line{vertical-align:middle;margin-right:6px}
.doc h2{font-size:16px;margin:16px 0 2px}
.doc .meta{margin:0 0 6px;color:#666;font-size:13px}
.abstract{white-space:pre-wrap;line-height:1.7;margin:0}
mark{color:inherit;border-radius:3px;padding:1px 0;cursor:pointer;box-shadow:inset 0 -2px 0 #0002}
mark:hover{box-shadow:inset 0 -2px 0 #0007}
mark.sel{outline:3px solid #d50000;outline-offset:1px}
.sent.sel-sent{background:#fff59d;border-radius:3px}
@media (max-width:900px){#am-lower{flex-direction:column}#am-side{border-left:0}
#am-papers{max-width:none;max-height:30vh;border-right:0}}
)css";
}

std::string_view HtmlViewerJs() {
  return R"js((function () {
  'use strict';
  var byId = {};
  var whys = document.querySelectorAll('.why');
  for (var i = 0; i < whys.length; i++) byId[whys[i].getAttribute('data-id')] = whys[i];
  var map = document.getElementById('am-map');
  var svgById = {};
  var gs = map ? map.querySelectorAll('svg g.node, svg g.edge') : [];
  for (var j = 0; j < gs.length; j++) {
    if (byId[gs[j].id]) {
      svgById[gs[j].id] = gs[j];
      gs[j].classList.add('am-link');
    }
  }
  // A page of several papers, each drawn on its own, shows one paper at a time.
  var nav = document.getElementById('am-papers');
  var paper = '1';
  function shownSvg() {
    return map ? map.querySelector('.am-paper-map:not([hidden]) svg') : null;
  }
  var svg = shownSvg();
  var hint = document.getElementById('am-hint');
  var current = null;

  function words(el, attr) {
    var v = el ? el.getAttribute(attr) : '';
    return v ? v.split(' ') : [];
  }
  function graphIdOfKey(key) {
    var w = document.getElementById('am-why-' + key);
    return w ? w.getAttribute('data-id') : null;
  }
  function mark(el, cls) { if (el) el.classList.add(cls); }

  function clear() {
    var old = document.querySelectorAll('.sel, .sel-rel, .sel-sent');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('sel', 'sel-rel', 'sel-sent');
    if (current) current.hidden = true;
    current = null;
    hint.hidden = false;
    document.body.removeAttribute('data-selected');
  }

  function select(id) {
    clear();
    var why = byId[id];
    if (!why) return;
    showPaper(why.getAttribute('data-paper'));
    current = why;
    why.hidden = false;
    hint.hidden = true;
    document.body.setAttribute('data-selected', id);
    var first = null;
    words(why, 'data-marks').forEach(function (key) {
      var ms = document.querySelectorAll('mark[data-nodes~="' + key + '"]');
      for (var i = 0; i < ms.length; i++) {
        ms[i].classList.add('sel');
        if (!first) first = ms[i];
      }
      if (why.getAttribute('data-kind') === 'edge') mark(svgById[graphIdOfKey(key)], 'sel-rel');
    });
    words(why, 'data-edges').forEach(function (key) {
      mark(svgById[graphIdOfKey(key)], 'sel-rel');
    });
    var sent = why.getAttribute('data-sent');
    if (sent) mark(document.getElementById(sent), 'sel-sent');
    var g = svgById[id];
    mark(g, 'sel');
    if (g && g.scrollIntoView) g.scrollIntoView({block: 'center', inline: 'center'});
    if (first) first.scrollIntoView({block: 'center'});
    document.getElementById('am-side').scrollTop = 0;
  }

  function showPaper(k) {
    if (!nav || !k || k === paper) return;
    paper = k;
    if (current && current.getAttribute('data-paper') !== k) clear();
    var parts = document.querySelectorAll('.am-paper-map, article.doc');
    for (var i = 0; i < parts.length; i++) parts[i].hidden = parts[i].getAttribute('data-paper') !== k;
    var links = nav.querySelectorAll('a[data-paper]');
    for (var j = 0; j < links.length; j++) {
      links[j].classList.toggle('cur', links[j].getAttribute('data-paper') === k);
    }
    svg = shownSvg();
    start();
    document.getElementById('am-texts').scrollTop = 0;
  }

  // Selects at once, then records the selection in the URL (back goes to the last one).
  function go(id) {
    select(id);
    var h = '#select=' + encodeURIComponent(id);
    if (location.hash === h) return;
    try { history.pushState(null, '', h); } catch (e) { location.hash = h; }
  }
  // #select=ID selects; the test hooks #click=ID and #click-text=ID click the
  // map element or the first marked passage of ID, as a person would.
  function fromHash() {
    var h = location.hash;
    var at = h.indexOf('=');
    var id = at < 0 ? '' : decodeURIComponent(h.slice(at + 1));
    var el = null;
    if (h.indexOf('#click=') === 0) el = svgById[id];
    if (h.indexOf('#click-text=') === 0 && byId[id]) {
      el = document.querySelector('mark[data-nodes~="' + words(byId[id], 'data-marks')[0] + '"]');
    }
    if (el) el.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    else if (h.indexOf('#select=') === 0) select(id);
    else if (h.indexOf('#paper=') === 0) showPaper(id);
    else if (h === '' || h === '#') clear();
  }

  if (map) {
    map.addEventListener('click', function (ev) {
      var g = ev.target.closest('g.node, g.edge');
      if (g && byId[g.id]) { ev.preventDefault(); go(g.id); }
    });
  }
  function pick(m) {
    var keys = words(m, 'data-nodes');
    var at = current ? keys.indexOf(current.id.replace('am-why-', '')) : -1;
    var id = graphIdOfKey(keys[(at + 1) % keys.length]);
    if (id) go(id);
  }
  var texts = document.getElementById('am-texts');
  texts.addEventListener('click', function (ev) {
    var m = ev.target.closest('mark[data-nodes]');
    if (m) pick(m);
  });
  texts.addEventListener('keydown', function (ev) {
    var m = ev.target.closest('mark[data-nodes]');
    if (m && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); pick(m); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Escape') return;
    history.replaceState(null, '', location.pathname + location.search);
    clear();
  });
  window.addEventListener('hashchange', fromHash);
  window.addEventListener('popstate', fromHash);

  var scale = 1;
  var label = document.getElementById('am-zoom');
  function zoom(s) {
    if (!svg) return;
    scale = Math.max(0.05, Math.min(s, 8));
    svg.style.width = (svg.width.baseVal.value * scale) + 'px';
    svg.style.height = (svg.height.baseVal.value * scale) + 'px';
    label.textContent = Math.round(scale * 100) + '%';
  }
  function widthFit() { return (map.clientWidth - 16) / svg.width.baseVal.value; }
  function fit() {
    if (!svg) return;
    zoom(Math.min(1, widthFit(), (map.clientHeight - 16) / svg.height.baseVal.value));
  }
  function on(id, f) { document.getElementById(id).addEventListener('click', f); }
  on('am-zoom-in', function () { zoom(scale * 1.25); });
  on('am-zoom-out', function () { zoom(scale / 1.25); });
  on('am-zoom-fit', fit);
  on('am-zoom-1', function () { zoom(1); });
  // The drawing in view at its first size: the width of the pane, at least half size.
  function start() {
    if (!svg) { label.textContent = ''; return; }
    zoom(Math.max(0.5, Math.min(1, widthFit())));
  }
  start();
  if (svg && !nav) {
    var pane = document.getElementById('am-map-pane');
    var need = svg.height.baseVal.value * scale + pane.offsetHeight - map.clientHeight + 20;
    if (need < pane.offsetHeight) pane.style.height = Math.max(120, need) + 'px';
  }
  fromHash();
})();
)js";
}

}  // namespace argmap
