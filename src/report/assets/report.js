// finfacts report: sorting and filtering of the tables, in the page's own
// state (#sort=key:asc&q=text&type=trust), so a view can be bookmarked.
// The tables work without it.
"use strict";
(function () {
  function state() {
    var s = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) s[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1));
    });
    return s;
  }
  function save(s) {
    var parts = [];
    Object.keys(s).forEach(function (k) {
      if (s[k]) parts.push(k + "=" + encodeURIComponent(s[k]));
    });
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname); } catch (e) { /* file: may refuse */ }
  }
  function key(td) {
    if (!td) return "";
    var v = td.getAttribute("data-sort");
    return v !== null ? v : td.textContent.trim().toLowerCase();
  }
  function compare(a, b) {
    if (a === b) return 0;
    if (a === "") return 1; // empty cells last, whatever the order
    if (b === "") return -1;
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) return x - y;
    return a < b ? -1 : 1;
  }
  function sortTable(table, col, dir) {
    var ths = table.tHead.rows[0].cells;
    if (col < 0 || col >= ths.length) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var a = key(r1.cells[col]), b = key(r2.cells[col]);
      var c = compare(a, b);
      if (a === "" || b === "") return c;
      return dir === "desc" ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    for (var i = 0; i < ths.length; i++) ths[i].removeAttribute("aria-sort");
    ths[col].setAttribute("aria-sort", dir === "desc" ? "descending" : "ascending");
  }
  function column(table, name) {
    var ths = table.tHead.rows[0].cells;
    for (var i = 0; i < ths.length; i++) if (ths[i].getAttribute("data-key") === name) return i;
    return -1;
  }
  function sortable(table, primary) {
    var ths = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(ths, function (th, i) {
      var b = document.createElement("button");
      b.type = "button";
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "descending" ? "asc"
          : th.getAttribute("aria-sort") === "ascending" ? "desc"
          : (th.classList.contains("num") ? "desc" : "asc");
        sortTable(table, i, dir);
        if (primary) {
          var s = state();
          s.sort = th.getAttribute("data-key") + ":" + dir;
          save(s);
        }
      });
    });
  }
  function filter(table, q, type, out) {
    var rows = table.tBodies[0].rows, shown = 0, words = q.toLowerCase().split(/\s+/).filter(Boolean);
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], text = r.getAttribute("data-search") || r.textContent.toLowerCase();
      var ok = (!type || r.getAttribute("data-type") === type) &&
        words.every(function (w) { return text.indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) shown++;
    }
    if (out) out.textContent = shown + " of " + rows.length + " bodies";
  }
  function init() {
    var tables = document.querySelectorAll("table.sortable");
    Array.prototype.forEach.call(tables, function (t) { sortable(t, t.id === "bodies"); });
    var bodies = document.getElementById("bodies");
    if (!bodies) return;
    var q = document.getElementById("filter"), type = document.getElementById("type-filter");
    var out = document.getElementById("shown");
    var controls = document.querySelector(".controls");
    if (controls) controls.hidden = false;
    function apply() {
      var s = state();
      if (s.sort) {
        var p = s.sort.split(":");
        sortTable(bodies, column(bodies, p[0]), p[1] === "desc" ? "desc" : "asc");
      }
      q.value = s.q || "";
      type.value = s.type || "";
      filter(bodies, q.value, type.value, out);
    }
    function changed() {
      var s = state();
      s.q = q.value;
      s.type = type.value;
      save(s);
      filter(bodies, q.value, type.value, out);
    }
    q.addEventListener("input", changed);
    type.addEventListener("change", changed);
    window.addEventListener("hashchange", apply);
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
