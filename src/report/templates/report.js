// Filtering and search for the HTML report (report.html).  The state lives in
// the URL (#kind=conflict&q=gpt, or ?kind=...), so a filtered view can be
// bookmarked or shared, and the page shows it on load.  Only reads and hides
// elements; never turns text into markup.
(function () {
  'use strict';
  var kind = document.getElementById('kind');
  var q = document.getElementById('q');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('empty');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody.finding'));

  function params() {
    var hash = location.hash.replace(/^#/, '');
    if (/^f\d+$/.test(hash)) hash = '';  // a link to one finding, not a filter
    return new URLSearchParams(hash || location.search.replace(/^\?/, ''));
  }

  function apply() {
    var k = kind.value;
    var text = q.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (row) {
      var ok = (!k || row.getAttribute('data-kind') === k) &&
               (!text || row.textContent.toLowerCase().indexOf(text) !== -1);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n === rows.length ? n + ' findings' : n + ' of ' + rows.length + ' findings';
    empty.hidden = n !== 0;
    document.body.setAttribute('data-filter-kind', k);
    document.body.setAttribute('data-shown', String(n));
  }

  function load() {
    var p = params();
    var k = p.get('kind') || '';
    var known = Array.prototype.some.call(kind.options, function (o) { return o.value === k; });
    kind.value = known ? k : '';
    if (k && !known) {  // a kind with no findings: show none rather than all
      var option = document.createElement('option');
      option.value = k;
      option.textContent = k;
      kind.appendChild(option);
      kind.value = k;
    }
    q.value = p.get('q') || '';
    apply();
    var target = /^#f\d+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
    if (target) target.querySelector('details').open = true;
  }

  function save() {
    var p = new URLSearchParams();
    if (kind.value) p.set('kind', kind.value);
    if (q.value) p.set('q', q.value);
    var s = p.toString();
    try {
      history.replaceState(null, '', s ? '#' + s : location.pathname + location.search);
    } catch (e) { /* file:// in some browsers: the filter still works */ }
  }

  kind.addEventListener('change', function () { save(); apply(); });
  q.addEventListener('input', function () { save(); apply(); });
  window.addEventListener('hashchange', load);
  load();
}());
