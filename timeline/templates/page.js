(function () {
  "use strict";
  var form = document.getElementById("filters");
  var shown = document.getElementById("filter-count");
  var who = document.getElementById("filter-participant");
  var search = document.getElementById("filter-search");
  if (!form || !shown || !who || !search) return;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var fold = function (s) {
    s = s.toLowerCase();
    return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
  };
  var events = [];
  each(document.querySelectorAll("[data-event-id]"), function (e) {
    var words = [];
    each(e.querySelectorAll(".searchable"), function (n) { words.push(n.textContent); });
    events.push({ el: e, text: fold(words.join("\n")), who: (e.getAttribute("data-participants") || "").split("|") });
  });
  var groups = document.querySelectorAll("main .group");
  var checked = function (name) {
    var on = {};
    each(form.querySelectorAll("input[name=" + name + "]"), function (c) { if (c.checked) on[c.value] = true; });
    return on;
  };
  var apply = function () {
    var types = checked("type"), statuses = checked("status"), person = who.value;
    var terms = fold(search.value).split(/\s+/).filter(Boolean);
    var n = 0;
    events.forEach(function (ev) {
      var e = ev.el;
      var ok = types[e.getAttribute("data-type")] === true && statuses[e.getAttribute("data-status")] === true &&
        (person === "" || ev.who.indexOf(person) >= 0) &&
        terms.every(function (t) { return ev.text.indexOf(t) >= 0; });
      e.hidden = !ok;
      if (ok) n++;
    });
    each(groups, function (g) { g.hidden = !g.querySelector("[data-event-id]:not([hidden])"); });
    shown.textContent = "Showing " + n + " of " + events.length + " events";
  };
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  // a link to an event the filters hide shows everything again
  var reveal = function () {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (err) { return; }
    var target = id && document.getElementById(id);
    if (target && target.closest("[hidden]")) {
      form.reset();
      apply();
      target.scrollIntoView();
    }
  };
  window.addEventListener("hashchange", reveal);
  // print every report: open the evidence, then close what was closed
  var opened = [];
  window.addEventListener("beforeprint", function () {
    each(document.querySelectorAll("details:not([open])"), function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  apply();
})();
